using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoSharedConsumer(ProfileUpdater updater) : IConsumer<VideoShared>
{
    public Task Consume(ConsumeContext<VideoShared> context) =>
        context.Message.UserId is { } user
            ? updater.EngagedAsync(nameof(VideoShared), user, context.Message.VideoId, Signals.Shared, context.Message.SharedAt, context.CancellationToken)
            : Task.CompletedTask;
}
