using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>
/// Keeps the like count on cards. The events carry the total, so it is set, never added; a like on
/// a video not indexed (yet) is dropped.
/// </summary>
public sealed class VideoLikedConsumer(DiscoveryWriter writer) : IConsumer<VideoLiked>, IConsumer<VideoUnliked>
{
    public Task Consume(ConsumeContext<VideoLiked> context)
    {
        writer.Engage(context.Message.VideoId, s => s with { Likes = context.Message.LikeCount }, context.Message.LikedAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<VideoUnliked> context)
    {
        writer.Engage(context.Message.VideoId, s => s with { Likes = context.Message.LikeCount }, context.Message.UnlikedAt);
        return Task.CompletedTask;
    }
}
