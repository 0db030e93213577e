using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

/// <summary>Keeps the block pairs that hide each side's videos and sounds from the other.</summary>
public sealed class UserBlockedConsumer(IBlockList blocks) : IConsumer<UserBlocked>, IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context)
    {
        blocks.Set(context.Message.BlockerId, context.Message.BlockedId, blocked: true, context.Message.BlockedAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<UserUnblocked> context)
    {
        blocks.Set(context.Message.BlockerId, context.Message.BlockedId, blocked: false, context.Message.UnblockedAt);
        return Task.CompletedTask;
    }
}
