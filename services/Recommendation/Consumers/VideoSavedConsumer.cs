using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoSavedConsumer(ProfileUpdater updater) : IConsumer<VideoSaved>, IConsumer<VideoUnsaved>
{
    public Task Consume(ConsumeContext<VideoSaved> context) =>
        updater.EngagedAsync(nameof(VideoSaved), context.Message.UserId, context.Message.VideoId, Signals.Saved, context.Message.SavedAt, context.CancellationToken);

    public Task Consume(ConsumeContext<VideoUnsaved> context) =>
        updater.EngagedAsync(nameof(VideoUnsaved), context.Message.UserId, context.Message.VideoId, -Signals.Saved, context.Message.UnsavedAt, context.CancellationToken);
}
