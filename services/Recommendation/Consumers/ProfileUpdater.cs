using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>What every per-user consumer does: load the profile, apply the event, save, and record the lag.</summary>
public sealed class ProfileUpdater(Profiles profiles, Catalog catalog, FeedMetrics metrics, TimeProvider clock, IOptions<RecommendationOptions> options)
{
    public TimeSpan HalfLife => options.Value.InterestHalfLife;

    public Task ApplyAsync(string @event, string userId, DateTimeOffset occurredAt, Action<UserProfile> change, CancellationToken cancellationToken) =>
        ApplyAsync(@event, Viewer.User(userId), occurredAt, change, cancellationToken);

    /// <summary>
    /// Changes the user's profile, or a signed-out visitor's (which then lives <see cref="RecommendationOptions.VisitorLifetime"/>
    /// from this event on); an anonymous event changes no profile.
    /// </summary>
    public async Task ApplyAsync(string @event, Viewer viewer, DateTimeOffset occurredAt, Action<UserProfile> change, CancellationToken cancellationToken)
    {
        if (viewer.UserId is { } user) await profiles.UpdateAsync(user, change, cancellationToken);
        else if (viewer.VisitorId is { } visitor) await profiles.UpdateVisitorAsync(visitor, change, options.Value.VisitorLifetime, cancellationToken);
        else return;
        metrics.Applied(@event, occurredAt, clock.GetUtcNow());
    }

    public Task EngagedAsync(string @event, string userId, string videoId, double signal, DateTimeOffset at, CancellationToken cancellationToken) =>
        EngagedAsync(@event, Viewer.User(userId), videoId, signal, at, cancellationToken);

    /// <summary>An engagement with a video the catalogue knows; one it does not know (deleted, not yet published) teaches nothing.</summary>
    public Task EngagedAsync(string @event, Viewer viewer, string videoId, double signal, DateTimeOffset at, CancellationToken cancellationToken) =>
        catalog.Find(videoId) is { } video
            ? ApplyAsync(@event, viewer, at, p => ProfileLearning.Engaged(p, video, signal, at.UtcDateTime, HalfLife), cancellationToken)
            : Task.CompletedTask;

    public FeedVideo? Video(string videoId) => catalog.Find(videoId);
}
