using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

/// <summary>A video that cannot be transcoded ends failed with the reason, and leaves no media behind.</summary>
public sealed class VideoTranscodeFailedConsumer(IVideoStore store, IMediaStore media, UploadMetrics metrics) : IConsumer<VideoTranscodeFailed>
{
    public Task Consume(ConsumeContext<VideoTranscodeFailed> context)
    {
        var id = context.Message.VideoId;
        if (store.Find(id) is not { } video)
        {
            // Deleted while it was encoded: whatever the encoder left goes too.
            media.Delete($"videos/{id}");
            return Task.CompletedTask;
        }
        if (store.MarkFailed(id, context.Message.Reason)) metrics.Failed();
        media.Delete(video.OriginalPath);
        media.Delete($"videos/{id}");
        return Task.CompletedTask;
    }
}
