using MassTransit;
using ShortVideo.Contracts;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A block hides each of the two from the other's feeds, in both profiles; an unblock lifts that side only.</summary>
public sealed class UserBlockedConsumer(ProfileUpdater updater) : IConsumer<UserBlocked>, IConsumer<UserUnblocked>
{
    public async Task Consume(ConsumeContext<UserBlocked> context)
    {
        var (blocker, blocked) = (context.Message.BlockerId, context.Message.BlockedId);
        await updater.ApplyAsync(nameof(UserBlocked), blocker, context.Message.BlockedAt, p => { p.Blocked.Add(blocked); p.Followees.Remove(blocked); }, context.CancellationToken);
        await updater.ApplyAsync(nameof(UserBlocked), blocked, context.Message.BlockedAt, p => { p.BlockedBy.Add(blocker); p.Followees.Remove(blocker); }, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<UserUnblocked> context)
    {
        var (blocker, blocked) = (context.Message.BlockerId, context.Message.BlockedId);
        await updater.ApplyAsync(nameof(UserUnblocked), blocker, context.Message.UnblockedAt, p => p.Blocked.Remove(blocked), context.CancellationToken);
        await updater.ApplyAsync(nameof(UserUnblocked), blocked, context.Message.UnblockedAt, p => p.BlockedBy.Remove(blocker), context.CancellationToken);
    }
}
