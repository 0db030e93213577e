using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

/// <summary>
/// Keeps the views, shares and comments on a video's detail as social-graph counts them. Events carry
/// absolute totals, so a redelivery changes nothing; views and shares only grow, so a late, smaller
/// total never lowers them. Comments may fall (deletes); posted and deleted share this one queue.
/// </summary>
/// <remarks>
/// <see cref="IVideoStore"/> has only a like setter; these counts are written the same way, on the
/// same "videos" collection, here rather than by widening the store's interface in this change.
/// </remarks>
public sealed class VideoEngagementConsumer(LiteDbDatabase db) :
    IConsumer<VideoViewed>, IConsumer<VideoShared>, IConsumer<CommentPosted>, IConsumer<CommentDeleted>
{
    private const string Videos = "videos";

    public Task Consume(ConsumeContext<VideoViewed> context) =>
        Set(context.Message.VideoId, v => v.Views = Math.Max(v.Views, context.Message.ViewCount));

    public Task Consume(ConsumeContext<VideoShared> context) =>
        Set(context.Message.VideoId, v => v.Shares = Math.Max(v.Shares, context.Message.ShareCount));

    public Task Consume(ConsumeContext<CommentPosted> context) =>
        Set(context.Message.VideoId, v => v.Comments = context.Message.CommentCount);

    public Task Consume(ConsumeContext<CommentDeleted> context) =>
        Set(context.Message.VideoId, v => v.Comments = context.Message.CommentCount);

    private Task Set(string videoId, Action<VideoRecord> change)
    {
        db.Write(t =>
        {
            var videos = t.Collection<VideoRecord>(Videos);
            if (videos.FindById(videoId) is not { } video) return;
            change(video);
            videos.Update(video);
        });
        return Task.CompletedTask;
    }
}
