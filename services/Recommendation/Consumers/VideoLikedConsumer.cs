using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoLikedConsumer(IFeedStore store) : IConsumer<VideoLiked>, IConsumer<VideoUnliked>
{
    public Task Consume(ConsumeContext<VideoLiked> context)
    {
        store.SetLikes(context.Message.VideoId, context.Message.LikeCount);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<VideoUnliked> context)
    {
        store.SetLikes(context.Message.VideoId, context.Message.LikeCount);
        return Task.CompletedTask;
    }
}
