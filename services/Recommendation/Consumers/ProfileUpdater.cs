using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>What every per-user consumer does: load the profile, apply the event, save, and record the lag.</summary>
public sealed class ProfileUpdater(Profiles profiles, Catalog catalog, FeedMetrics metrics, TimeProvider clock, IOptions<RecommendationOptions> options)
{
    public TimeSpan HalfLife => options.Value.InterestHalfLife;

    public async Task ApplyAsync(string @event, string userId, DateTimeOffset occurredAt, Action<UserProfile> change, CancellationToken cancellationToken)
    {
        await profiles.UpdateAsync(userId, change, cancellationToken);
        metrics.Applied(@event, occurredAt, clock.GetUtcNow());
    }

    /// <summary>An engagement with a video the catalogue knows; one it does not know (deleted, not yet published) teaches nothing.</summary>
    public Task EngagedAsync(string @event, string userId, string videoId, double signal, DateTimeOffset at, CancellationToken cancellationToken) =>
        catalog.Find(videoId) is { } video
            ? ApplyAsync(@event, userId, at, p => ProfileLearning.Engaged(p, video, signal, at.UtcDateTime, HalfLife), cancellationToken)
            : Task.CompletedTask;

    public FeedVideo? Video(string videoId) => catalog.Find(videoId);
}
