using System.Text.Json;

namespace ShortVideo.Recommendation.State;

/// <summary>Typed read-modify-write over <see cref="IHotStateStore"/>: load, change, save with the ETag, and on a conflict start again.</summary>
public sealed class StateDocuments(IHotStateStore store)
{
    public const int MaxAttempts = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Updates in this process take turns per key (striped): a first write has no ETag to guard it, so
    // two first events of a new profile handled at once (a new visitor's quick swipes) would lose one.
    private readonly SemaphoreSlim[] _turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<(T? Value, string? ETag)> GetAsync<T>(string key, CancellationToken cancellationToken = default) where T : class =>
        Read<T>(await store.GetAsync(key, cancellationToken));

    /// <summary>Several documents in one round trip (one call to the sidecar with Dapr), by key; missing ones are absent.</summary>
    public async Task<IReadOnlyDictionary<string, StateEntry>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        (await store.GetBulkAsync(keys, cancellationToken)).ToDictionary(e => e.Key, StringComparer.Ordinal);

    public static (T? Value, string? ETag) Read<T>(StateEntry? entry) where T : class =>
        entry is null ? (null, null) : (JsonSerializer.Deserialize<T>(entry.Json, Json), entry.ETag);

    public Task<bool> TrySaveAsync<T>(string key, T value, string? etag, TimeSpan? ttl = null, CancellationToken cancellationToken = default) =>
        store.TrySaveAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, Json), etag, ttl, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored document (or a new one) until the save wins;
    /// with <paramref name="ttl"/> the document expires that long after this change.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string key, Func<T> create, Action<T> change, CancellationToken cancellationToken = default, TimeSpan? ttl = null) where T : class
    {
        var turn = _turns[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % _turns.Length];
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await UpdateInTurnAsync(key, create, change, ttl, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<T> UpdateInTurnAsync<T>(string key, Func<T> create, Action<T> change, TimeSpan? ttl, CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var (value, etag) = await GetAsync<T>(key, cancellationToken);
            value ??= create();
            change(value);
            // A first write has no ETag to name; an overwrite then is the rare race of two first events for one profile on two replicas.
            if (await TrySaveAsync(key, value, etag, ttl, cancellationToken)) return value;
            if (attempt == MaxAttempts) throw new InvalidOperationException($"State '{key}' kept changing under {MaxAttempts} attempts to update it.");
            // Writers that lost the race spread out before they read again, or they keep colliding.
            await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 10)), cancellationToken);
        }
    }
}
