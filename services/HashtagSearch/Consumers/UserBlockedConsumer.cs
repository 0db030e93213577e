using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>Keeps block pairs, so that search hides each side of a block from the other.</summary>
public sealed class UserBlockedConsumer(DiscoveryWriter writer) : IConsumer<UserBlocked>, IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context)
    {
        writer.Block(context.Message.BlockerId, context.Message.BlockedId, blocked: true, context.Message.BlockedAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<UserUnblocked> context)
    {
        writer.Block(context.Message.BlockerId, context.Message.BlockedId, blocked: false, context.Message.UnblockedAt);
        return Task.CompletedTask;
    }
}
