using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>
/// Keeps the like count on indexed cards. The events carry the total, so it is set, never added;
/// a like on a video not indexed (yet) is dropped.
/// </summary>
public sealed class VideoLikedConsumer(IVideoIndex index) : IConsumer<VideoLiked>, IConsumer<VideoUnliked>
{
    public Task Consume(ConsumeContext<VideoLiked> context)
    {
        SetLikes(context.Message.VideoId, context.Message.LikeCount);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<VideoUnliked> context)
    {
        SetLikes(context.Message.VideoId, context.Message.LikeCount);
        return Task.CompletedTask;
    }

    private void SetLikes(string videoId, long likes) => index.UpdateStats(videoId, stats => stats with { Likes = likes });
}
