using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>A published video becomes findable by its tags, caption and creator.</summary>
public sealed class VideoPublishedConsumer(IVideoIndex index, Tombstones deleted, HashtagSearchMetrics metrics) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        if (deleted.Contains(context.Message.VideoId)) return Task.CompletedTask;
        if (index.Index(CardOf(context.Message))) metrics.Indexed();
        return Task.CompletedTask;
    }

    // Counters start at zero; engagement events set them afterwards, and re-indexing keeps them.
    internal static VideoCard CardOf(VideoPublished video) => new(
        video.VideoId,
        new CardCreator(video.Creator.Id, video.Creator.Handle, video.Creator.DisplayName),
        video.Caption,
        video.Hashtags,
        video.Sound is { } sound ? new CardSound(sound.Id, sound.Title) : null,
        video.DurationMs,
        video.Width,
        video.Height,
        video.PlaylistUrl,
        video.PosterUrl,
        new CardStats(0, 0, 0, 0),
        video.CreatedAt)
    {
        DuetOf = video.DuetOf,
        StitchOf = video.StitchOf,
    };
}
