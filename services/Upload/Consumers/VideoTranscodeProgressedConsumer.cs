using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

public sealed class VideoTranscodeProgressedConsumer(IVideoStore store) : IConsumer<VideoTranscodeProgressed>
{
    public Task Consume(ConsumeContext<VideoTranscodeProgressed> context)
    {
        store.SetProgress(context.Message.VideoId, Math.Clamp(context.Message.Progress, 0, 1));
        return Task.CompletedTask;
    }
}
