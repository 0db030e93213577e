using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.State;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>Users' profiles in the hot state store, under <c>user:{id}</c>.</summary>
public sealed class Profiles(StateDocuments documents)
{
    public static string Key(string userId) => $"user:{userId}";

    public async Task<UserProfile?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        (await documents.GetAsync<UserProfile>(Key(userId), cancellationToken)).Value;

    public Task<UserProfile> UpdateAsync(string userId, Action<UserProfile> change, CancellationToken cancellationToken = default) =>
        documents.UpdateAsync(Key(userId), () => new UserProfile { UserId = userId }, change, cancellationToken);
}
