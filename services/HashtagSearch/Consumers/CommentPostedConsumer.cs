using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>Keeps the comment count on cards: set from the total each event carries, up or down.</summary>
public sealed class CommentPostedConsumer(DiscoveryWriter writer) : IConsumer<CommentPosted>, IConsumer<CommentDeleted>
{
    public Task Consume(ConsumeContext<CommentPosted> context)
    {
        writer.Engage(context.Message.VideoId, s => s with { Comments = context.Message.CommentCount }, context.Message.PostedAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<CommentDeleted> context)
    {
        writer.Engage(context.Message.VideoId, s => s with { Comments = context.Message.CommentCount }, context.Message.DeletedAt);
        return Task.CompletedTask;
    }
}
