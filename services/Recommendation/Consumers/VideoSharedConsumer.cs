using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoSharedConsumer(ProfileUpdater updater) : IConsumer<VideoShared>
{
    public Task Consume(ConsumeContext<VideoShared> context) =>
        updater.EngagedAsync(nameof(VideoShared), Viewer.Of(context.Message.UserId, context.Message.VisitorId), context.Message.VideoId, Signals.Shared, context.Message.SharedAt, context.CancellationToken);
}
