using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoLikedConsumer(ProfileUpdater updater) : IConsumer<VideoLiked>, IConsumer<VideoUnliked>
{
    public Task Consume(ConsumeContext<VideoLiked> context) =>
        updater.EngagedAsync(nameof(VideoLiked), context.Message.UserId, context.Message.VideoId, Signals.Liked, context.Message.LikedAt, context.CancellationToken);

    public Task Consume(ConsumeContext<VideoUnliked> context) =>
        updater.EngagedAsync(nameof(VideoUnliked), context.Message.UserId, context.Message.VideoId, -Signals.Liked, context.Message.UnlikedAt, context.CancellationToken);
}
