namespace ShortVideo.Recommendation.State;

/// <summary>
/// The recommender's hot per-user state (profiles, feed sessions) as JSON documents under keys,
/// with optimistic concurrency: every read returns an ETag, and a save naming an ETag fails when
/// the document changed since. The shape of Dapr's state API, so that replicas can share it.
/// </summary>
public interface IHotStateStore
{
    Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The entries that exist among the keys, in no particular order.</summary>
    Task<IReadOnlyList<StateEntry>> GetBulkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the document. With <paramref name="etag"/> it succeeds only if the stored ETag still
    /// matches (false otherwise); without, it overwrites. <paramref name="ttl"/> makes it expire.
    /// </summary>
    Task<bool> TrySaveAsync(string key, byte[] json, string? etag, TimeSpan? ttl = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document; with <paramref name="etag"/> only if it still matches (false otherwise).</summary>
    Task<bool> TryDeleteAsync(string key, string? etag = null, CancellationToken cancellationToken = default);
}

/// <summary>A stored JSON document and the ETag it was read with.</summary>
public sealed record StateEntry(string Key, byte[] Json, string ETag);
