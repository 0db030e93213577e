using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Consumers;

public sealed class UserFollowedConsumer(IFeedStore store) : IConsumer<UserFollowed>, IConsumer<UserUnfollowed>
{
    public Task Consume(ConsumeContext<UserFollowed> context)
    {
        store.Follow(context.Message.FollowerId, context.Message.FolloweeId);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<UserUnfollowed> context)
    {
        store.Unfollow(context.Message.FollowerId, context.Message.FolloweeId);
        return Task.CompletedTask;
    }
}
