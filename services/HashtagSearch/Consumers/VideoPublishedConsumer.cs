using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>A published video becomes findable by its tags, caption, creator and sound, and counts towards their totals.</summary>
public sealed class VideoPublishedConsumer(DiscoveryWriter writer) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        writer.Publish(CardOf(context.Message), context.Message.PublishedAt);
        return Task.CompletedTask;
    }

    // Counters start at zero; engagement events set them afterwards, and re-publishing keeps them.
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
