using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

public sealed class VideoLikedConsumer(IVideoStore store) : IConsumer<VideoLiked>, IConsumer<VideoUnliked>
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
