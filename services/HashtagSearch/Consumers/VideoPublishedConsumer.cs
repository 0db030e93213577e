using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>A published video becomes findable by its tags, caption and creator.</summary>
public sealed class VideoPublishedConsumer(IVideoIndex index, HashtagSearchMetrics metrics) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        if (index.Index(CardOf(context.Message))) metrics.Indexed();
        return Task.CompletedTask;
    }

    // Counters start at zero; engagement events set them afterwards, and re-indexing keeps them.
    internal static VideoCard CardOf(VideoPublished video) => new(
        video.VideoId,
        new CardCreator(video.Creator.Id, video.Creator.Handle, video.Creator.DisplayName),
        video.Caption,
        video.Hashtags,
        Sound: null,
        video.DurationMs,
        video.Width,
        video.Height,
        video.PlaylistUrl,
        video.PosterUrl,
        new CardStats(0, 0, 0, 0),
        video.CreatedAt);
}
