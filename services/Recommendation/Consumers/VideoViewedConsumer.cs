using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A view teaches the viewer's profile by how much was watched (finished, partial, skipped) and marks the video seen.</summary>
public sealed class VideoViewedConsumer(ProfileUpdater updater) : IConsumer<VideoViewed>
{
    public Task Consume(ConsumeContext<VideoViewed> context)
    {
        var e = context.Message;
        if (e.UserId is null) return Task.CompletedTask;
        var video = updater.Video(e.VideoId);
        var completion = Signals.Completion(e.WatchedMs, e.DurationMs);
        return updater.ApplyAsync(nameof(VideoViewed), e.UserId, e.ViewedAt,
            p => ProfileLearning.Viewed(p, e.VideoId, video, completion, e.ViewedAt.UtcDateTime, updater.HalfLife), context.CancellationToken);
    }
}
