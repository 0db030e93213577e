using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.State;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>
/// Profiles in the hot state store: users' under <c>user:{id}</c>, signed-out visitors' under
/// <c>visitor:{id}</c>. The prefixes keep the namespaces apart, so no visitor id can name a user's profile.
/// </summary>
public sealed class Profiles(StateDocuments documents)
{
    public static string Key(string userId) => $"user:{userId}";

    public static string VisitorKey(string visitorId) => $"visitor:{visitorId}";

    /// <summary>A visitor's profile lives <paramref name="lifetime"/> after its last change: an idle visitor's expires.</summary>
    public Task<UserProfile> UpdateVisitorAsync(string visitorId, Action<UserProfile> change, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        documents.UpdateAsync(VisitorKey(visitorId), () => new UserProfile { UserId = VisitorKey(visitorId) }, change, cancellationToken, lifetime);

    public async Task<UserProfile?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        (await documents.GetAsync<UserProfile>(Key(userId), cancellationToken)).Value;

    public Task<UserProfile> UpdateAsync(string userId, Action<UserProfile> change, CancellationToken cancellationToken = default) =>
        documents.UpdateAsync(Key(userId), () => new UserProfile { UserId = userId }, change, cancellationToken);
}
