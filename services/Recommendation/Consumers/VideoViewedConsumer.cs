using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>
/// A view teaches the viewer's profile by how much was watched (finished, partial, skipped) and marks
/// the video seen: a signed-in user's, or a signed-out visitor's; a view with neither changes no profile.
/// </summary>
public sealed class VideoViewedConsumer(ProfileUpdater updater) : IConsumer<VideoViewed>
{
    public Task Consume(ConsumeContext<VideoViewed> context)
    {
        var e = context.Message;
        var video = updater.Video(e.VideoId);
        var completion = Signals.Completion(e.WatchedMs, e.DurationMs);
        return updater.ApplyAsync(nameof(VideoViewed), Viewer.Of(e.UserId, e.VisitorId), e.ViewedAt,
            p => ProfileLearning.Viewed(p, e.VideoId, video, completion, e.ViewedAt.UtcDateTime, updater.HalfLife), context.CancellationToken);
    }
}
