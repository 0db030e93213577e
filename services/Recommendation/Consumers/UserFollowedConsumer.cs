using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>Follows live in the follower's profile: the Following feed and the "following" candidate source read them.</summary>
public sealed class UserFollowedConsumer(ProfileUpdater updater) : IConsumer<UserFollowed>, IConsumer<UserUnfollowed>
{
    public Task Consume(ConsumeContext<UserFollowed> context) =>
        updater.ApplyAsync(nameof(UserFollowed), context.Message.FollowerId, context.Message.FollowedAt,
            p => ProfileLearning.Followed(p, context.Message.FolloweeId, context.Message.FollowedAt.UtcDateTime, updater.HalfLife), context.CancellationToken);

    public Task Consume(ConsumeContext<UserUnfollowed> context) =>
        updater.ApplyAsync(nameof(UserUnfollowed), context.Message.FollowerId, context.Message.UnfollowedAt,
            p => p.Followees.Remove(context.Message.FolloweeId), context.CancellationToken);
}
