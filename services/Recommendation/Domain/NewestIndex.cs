using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Domain;

/// <summary>Videos grouped by a key (a hashtag, a sound, a creator), each group kept oldest to newest. Not thread-safe: the catalogue locks.</summary>
internal sealed class NewestIndex
{
    private static readonly Comparer<FeedVideo> ByTime = Comparer<FeedVideo>.Create((a, b) =>
    {
        var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    private readonly Dictionary<string, List<FeedVideo>> _groups = new(StringComparer.Ordinal);

    public void Add(string key, FeedVideo video)
    {
        if (!_groups.TryGetValue(key, out var list)) _groups[key] = list = [];
        var at = list.BinarySearch(video, ByTime);
        list.Insert(at < 0 ? ~at : at, video);
    }

    public void Remove(string key, FeedVideo video)
    {
        if (!_groups.TryGetValue(key, out var list)) return;
        var at = list.BinarySearch(video, ByTime);
        if (at >= 0) list.RemoveAt(at);
        if (list.Count == 0) _groups.Remove(key);
    }

    public IEnumerable<FeedVideo> Newest(string key)
    {
        if (!_groups.TryGetValue(key, out var list)) yield break;
        for (var i = list.Count - 1; i >= 0; i--) yield return list[i];
    }

    public int Count(string key) => _groups.TryGetValue(key, out var list) ? list.Count : 0;
}
