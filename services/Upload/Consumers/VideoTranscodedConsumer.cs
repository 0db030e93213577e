using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

/// <summary>A transcoded video becomes ready, and its full card is published for every read model.</summary>
public sealed class VideoTranscodedConsumer(IVideoStore store, UploadMetrics metrics) : IConsumer<VideoTranscoded>
{
    public Task Consume(ConsumeContext<VideoTranscoded> context)
    {
        var message = context.Message;
        var published = store.MarkReady(message.VideoId, message, video => new VideoPublished(
            video.Id,
            new CreatorInfo(video.CreatorId, video.CreatorHandle, video.CreatorDisplayName),
            video.Caption,
            video.Hashtags,
            message.DurationMs,
            message.Width,
            message.Height,
            VideoCard.PlaylistUrlOf(video.Id),
            VideoCard.PosterUrlOf(video.Id),
            video.CreatedAt.ToUniversalTime(),
            message.TranscodedAt));
        if (published && store.Find(message.VideoId) is { } ready)
        {
            metrics.Ready(message.TranscodedAt.UtcDateTime - ready.CreatedAt.ToUniversalTime());
        }
        return Task.CompletedTask;
    }
}
