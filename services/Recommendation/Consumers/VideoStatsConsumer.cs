using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>
/// Engagement as the catalogue sees it: a video's totals (absolute counts from the events), its
/// completion sum, heat and positives, and co-engagement pairs. Every replica hears these.
/// </summary>
public sealed class VideoStatsConsumer(Catalog catalog, CoEngagement coEngagement)
    : IConsumer<VideoViewed>, IConsumer<VideoLiked>, IConsumer<VideoUnliked>, IConsumer<VideoSaved>, IConsumer<VideoUnsaved>,
      IConsumer<VideoShared>, IConsumer<CommentPosted>, IConsumer<CommentDeleted>
{
    public Task Consume(ConsumeContext<VideoViewed> context)
    {
        var e = context.Message;
        var completion = Signals.Completion(e.WatchedMs, e.DurationMs);
        var finished = completion >= Signals.FinishedAt;
        Update(e.VideoId, e.ViewedAt, finished ? 1 : completion / 2, v =>
        {
            v.Views = Math.Max(v.Views + 1, e.ViewCount);
            v.CompletionSum += completion;
            if (finished) v.Positives++;
        }, finished ? e.UserId : null);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<VideoLiked> context) =>
        Positive(context.Message.VideoId, context.Message.UserId, context.Message.LikedAt, 2, v => v.Likes = context.Message.LikeCount);

    public Task Consume(ConsumeContext<VideoUnliked> context) =>
        Counted(context.Message.VideoId, v => v.Likes = context.Message.LikeCount);

    public Task Consume(ConsumeContext<VideoSaved> context) =>
        Positive(context.Message.VideoId, context.Message.UserId, context.Message.SavedAt, 2, v => v.Saves = context.Message.SaveCount);

    public Task Consume(ConsumeContext<VideoUnsaved> context) =>
        Counted(context.Message.VideoId, v => v.Saves = context.Message.SaveCount);

    public Task Consume(ConsumeContext<VideoShared> context) =>
        Positive(context.Message.VideoId, context.Message.UserId, context.Message.SharedAt, 3, v => v.Shares = context.Message.ShareCount);

    public Task Consume(ConsumeContext<CommentPosted> context)
    {
        Update(context.Message.VideoId, context.Message.PostedAt, 1.5, v => v.Comments = context.Message.CommentCount, null);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<CommentDeleted> context) =>
        Counted(context.Message.VideoId, v => v.Comments = context.Message.CommentCount);

    private Task Positive(string videoId, string? userId, DateTimeOffset at, double heat, Action<Storage.FeedVideo> set)
    {
        Update(videoId, at, heat, v => { set(v); v.Positives++; }, userId);
        return Task.CompletedTask;
    }

    private Task Counted(string videoId, Action<Storage.FeedVideo> set)
    {
        catalog.Update(videoId, v => set(v));
        return Task.CompletedTask;
    }

    private void Update(string videoId, DateTimeOffset at, double heat, Action<Storage.FeedVideo> change, string? positiveBy)
    {
        var known = catalog.Update(videoId, v =>
        {
            change(v);
            catalog.Heat(v, heat, at.UtcDateTime);
        });
        if (known && positiveBy is not null) coEngagement.Positive(positiveBy, videoId);
    }
}
