using System.Collections.Concurrent;
using System.Globalization;

namespace ShortVideo.Recommendation.State;

/// <summary>
/// The default hot state: in this process's memory, read and written in microseconds, with the
/// changed keys handed to <see cref="HotStateSnapshots"/> which writes them to LiteDB.
/// </summary>
public sealed class InMemoryHotStateStore(TimeProvider clock) : IHotStateStore
{
    private readonly ConcurrentDictionary<string, Stored> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private long _version;

    internal sealed record Stored(byte[] Json, long Version, DateTime? ExpiresAt);

    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(Live(key) is { } s ? Entry(key, s) : null);

    public Task<IReadOnlyList<StateEntry>> GetBulkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StateEntry>>(keys.Distinct().Select(k => Live(k) is { } s ? Entry(k, s) : null).OfType<StateEntry>().ToList());

    public Task<bool> TrySaveAsync(string key, byte[] json, string? etag, TimeSpan? ttl = null, CancellationToken cancellationToken = default)
    {
        var stored = new Stored(json.ToArray(), Interlocked.Increment(ref _version), ttl is { } t ? clock.GetUtcNow().UtcDateTime + t : null);
        if (etag is null)
        {
            _entries[key] = stored;
        }
        else if (!(Live(key) is { } current && ETagOf(current) == etag && _entries.TryUpdate(key, stored, current)))
        {
            return Task.FromResult(false);
        }
        _dirty[key] = 0;
        return Task.FromResult(true);
    }

    public Task<bool> TryDeleteAsync(string key, string? etag = null, CancellationToken cancellationToken = default)
    {
        if (etag is null)
        {
            _entries.TryRemove(key, out _);
        }
        else if (!(Live(key) is { } current && ETagOf(current) == etag && _entries.TryRemove(new KeyValuePair<string, Stored>(key, current))))
        {
            return Task.FromResult(false);
        }
        _dirty[key] = 0;
        return Task.FromResult(true);
    }

    /// <summary>Keys written or deleted since the last call, with what they hold now (null: gone).</summary>
    internal IReadOnlyList<(string Key, Stored? Entry)> TakeChanges()
    {
        var keys = _dirty.Keys.ToList();
        foreach (var key in keys) _dirty.TryRemove(key, out _);
        return keys.Select(k => (k, Live(k))).ToList();
    }

    /// <summary>
    /// Drops every expired document (ended sessions, idle visitors' profiles), so memory holds live
    /// state only; the next snapshot deletes them from LiteDB too. Returns how many went.
    /// </summary>
    internal int Sweep()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var swept = 0;
        foreach (var entry in _entries)
        {
            if (entry.Value.ExpiresAt is not { } expires || expires > now || !_entries.TryRemove(entry)) continue;
            _dirty[entry.Key] = 0;
            swept++;
        }
        return swept;
    }

    /// <summary>Restores a snapshot at start-up.</summary>
    internal void Restore(string key, Stored entry)
    {
        _entries[key] = entry;
        if (entry.Version > Interlocked.Read(ref _version)) Interlocked.Exchange(ref _version, entry.Version);
    }

    private Stored? Live(string key)
    {
        if (!_entries.TryGetValue(key, out var stored)) return null;
        if (stored.ExpiresAt is not { } expires || expires > clock.GetUtcNow().UtcDateTime) return stored;
        if (_entries.TryRemove(new KeyValuePair<string, Stored>(key, stored))) _dirty[key] = 0;
        return null;
    }

    private static StateEntry Entry(string key, Stored s) => new(key, s.Json.ToArray(), ETagOf(s));

    private static string ETagOf(Stored s) => s.Version.ToString(CultureInfo.InvariantCulture);
}
