using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

public sealed class CommentPostedConsumer(ProfileUpdater updater) : IConsumer<CommentPosted>
{
    public Task Consume(ConsumeContext<CommentPosted> context) =>
        updater.EngagedAsync(nameof(CommentPosted), context.Message.AuthorId, context.Message.VideoId, Signals.Commented, context.Message.PostedAt, context.CancellationToken);
}
