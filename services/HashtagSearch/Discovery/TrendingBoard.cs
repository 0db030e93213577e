using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Discovery;

/// <summary>
/// Engagement per hashtag and per sound in time slots, kept in memory for ranking and in the
/// store so a restart keeps the baselines. Slots hold absolute weights written in the same
/// transaction as the counters they came from, so applying one twice changes nothing.
/// </summary>
public sealed class TrendingBoard
{
    public const string Tag = "tag", Sound = "sound";
    private readonly object _gate = new();
    private readonly Dictionary<(string Kind, string Key), Dictionary<long, double>> _slots = [];
    private readonly TimeProvider _clock;
    private long _prunedBefore;

    public TrendingBoard(DiscoveryStore store, TimeProvider clock)
    {
        _clock = clock;
        var oldest = TrendScore.SlotOf(clock.GetUtcNow() - TrendScore.Retention);
        foreach (var slot in store.Database.Collection<StoredTrendSlot>(DiscoveryStore.TrendSlots).Find(s => s.Slot >= oldest))
        {
            Set(slot);
        }
    }

    /// <summary>Adds <paramref name="weight"/> to each key's slot at <paramref name="at"/> in the transaction; apply the result once it commits.</summary>
    public List<StoredTrendSlot> Stage(LiteTransaction tx, string kind, IEnumerable<string> keys, DateTimeOffset at, double weight)
    {
        // Events from the future (a skewed clock) count now; ones older than the retention are history already.
        var slot = TrendScore.SlotOf(at > _clock.GetUtcNow() ? _clock.GetUtcNow() : at);
        if (weight <= 0 || slot < TrendScore.SlotOf(_clock.GetUtcNow() - TrendScore.Retention)) return [];
        var slots = tx.Collection<StoredTrendSlot>(DiscoveryStore.TrendSlots);
        var staged = new List<StoredTrendSlot>();
        foreach (var key in keys.Distinct())
        {
            var id = $"{kind}|{key}|{slot}";
            var stored = slots.FindById(id) ?? new StoredTrendSlot { Id = id, Kind = kind, Key = key, Slot = slot };
            stored.Weight += weight;
            slots.Upsert(stored);
            staged.Add(stored);
        }
        PruneStored(tx);
        return staged;
    }

    public void Apply(IEnumerable<StoredTrendSlot> slots)
    {
        lock (_gate)
        {
            foreach (var slot in slots) Set(slot);
        }
    }

    /// <summary>Keys of a kind ranked by <see cref="TrendScore"/> in the window; only those above their baseline.</summary>
    public IReadOnlyList<(string Key, double Score)> Top(string kind, TrendWindow window, int limit)
    {
        var now = TrendScore.SlotOf(_clock.GetUtcNow());
        lock (_gate)
        {
            return _slots.Where(e => e.Key.Kind == kind)
                .Select(e => (e.Key.Key, Trend: TrendScore.Of(e.Value, now, window)))
                .Where(e => e.Trend.Recent > 0 && e.Trend.Score > 0)
                .OrderByDescending(e => e.Trend.Score).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(e => (e.Key, Math.Round(e.Trend.Score, 3)))
                .ToList();
        }
    }

    private void Set(StoredTrendSlot slot)
    {
        if (!_slots.TryGetValue((slot.Kind, slot.Key), out var weights)) _slots[(slot.Kind, slot.Key)] = weights = [];
        weights[slot.Slot] = slot.Weight;
    }

    // Once per slot: forget what fell out of the retention, in the store and in memory.
    private void PruneStored(LiteTransaction tx)
    {
        var cutoff = TrendScore.SlotOf(_clock.GetUtcNow() - TrendScore.Retention);
        if (cutoff <= Interlocked.Read(ref _prunedBefore)) return;
        tx.Collection<StoredTrendSlot>(DiscoveryStore.TrendSlots).DeleteMany(s => s.Slot < cutoff);
        lock (_gate)
        {
            foreach (var (key, weights) in _slots.ToList())
            {
                foreach (var old in weights.Keys.Where(s => s < cutoff).ToList()) weights.Remove(old);
                if (weights.Count == 0) _slots.Remove(key);
            }
        }
        Interlocked.Exchange(ref _prunedBefore, cutoff);
    }
}
