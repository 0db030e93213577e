using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Every published video in memory, indexed by hashtag, sound and creator, with its engagement
/// totals and heat: the candidate pools and quality signals a page is built from in milliseconds.
/// Loaded from and snapshotted to <see cref="IFeedStore"/>. Readers take short locks.
/// </summary>
public sealed class Catalog(TimeSpan heatHalfLife)
{
    private const string All = "";
    private static readonly TimeSpan TrendingRefresh = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private readonly Dictionary<string, FeedVideo> _videos = new(StringComparer.Ordinal);
    private readonly NewestIndex _newest = new(), _tags = new(), _sounds = new(), _creators = new();
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private (DateTime At, IReadOnlyList<FeedVideo> Videos) _trending = (DateTime.MinValue, []);
    private int _refreshing;

    public TimeSpan HeatHalfLife => heatHalfLife;

    public int Count { get { lock (_gate) return _videos.Count; } }

    /// <summary>The most positives any video has: scales popularity into 0-1.</summary>
    public long MaxPositives { get; private set; }

    private double _views, _completion;

    /// <summary>The share watched over every view: the prior a video with few views is pulled towards.</summary>
    public double MeanCompletion => (_completion + 1) / (_views + 2);

    /// <summary>Adds or refreshes a card; the counters (and a rename) already known are kept.</summary>
    public void Upsert(FeedVideo video)
    {
        lock (_gate)
        {
            if (_videos.TryGetValue(video.Id, out var known))
            {
                Unindex(known);
                CopyCounters(known, video);
            }
            else
            {
                (_views, _completion) = (_views + video.Views, _completion + video.CompletionSum);
            }
            _videos[video.Id] = video;
            Index(video);
            MaxPositives = Math.Max(MaxPositives, video.Positives);
            _dirty.Add(video.Id);
        }
    }

    public bool Remove(string videoId)
    {
        lock (_gate)
        {
            if (!_videos.Remove(videoId, out var video)) return false;
            Unindex(video);
            _dirty.Remove(videoId);
            return true;
        }
    }

    public FeedVideo? Find(string videoId)
    {
        lock (_gate) return _videos.GetValueOrDefault(videoId);
    }

    /// <summary>Whether this very card is still in the catalogue (not deleted or replaced since a list was taken).</summary>
    public bool Holds(FeedVideo video)
    {
        lock (_gate) return _videos.TryGetValue(video.Id, out var held) && ReferenceEquals(held, video);
    }

    /// <summary>Changes a video's counters under the catalogue's lock; false when the video is unknown.</summary>
    public bool Update(string videoId, Action<FeedVideo> change)
    {
        lock (_gate)
        {
            if (!_videos.TryGetValue(videoId, out var video)) return false;
            var (views, completion) = (video.Views, video.CompletionSum);
            change(video);
            (_views, _completion) = (_views + video.Views - views, _completion + video.CompletionSum - completion);
            MaxPositives = Math.Max(MaxPositives, video.Positives);
            _dirty.Add(videoId);
            return true;
        }
    }

    /// <summary>
    /// A creator's new handle and display name onto every card of theirs. A change older than the one
    /// already applied is ignored, so a redelivered or late event cannot bring an old name back.
    /// </summary>
    public int RenameCreator(string creatorId, string handle, string displayName, DateTime changedAt)
    {
        lock (_gate)
        {
            var renamed = 0;
            foreach (var video in _creators.Newest(creatorId))
            {
                if (video.CreatorChangedAt >= changedAt) continue;
                (video.CreatorHandle, video.CreatorDisplayName, video.CreatorChangedAt) = (handle, displayName, changedAt);
                _dirty.Add(video.Id);
                renamed++;
            }
            return renamed;
        }
    }

    /// <summary>Adds engagement to a video's heat, decayed to the event's time.</summary>
    public void Heat(FeedVideo video, double amount, DateTime at)
    {
        if (at >= video.HeatAt)
        {
            video.Heat = video.Heat * Decay.Factor(at - video.HeatAt, heatHalfLife) + amount;
            video.HeatAt = at;
        }
        else
        {
            video.Heat += amount * Decay.Factor(video.HeatAt - at, heatHalfLife);
        }
    }

    public double HeatAt(FeedVideo video, DateTime now) => video.Heat * Decay.Factor(now - video.HeatAt, heatHalfLife);

    public IReadOnlyList<FeedVideo> Newest(int limit) => Take(_newest, All, limit);

    public IReadOnlyList<FeedVideo> Tagged(string tag, int limit) => Take(_tags, tag, limit);

    public IReadOnlyList<FeedVideo> WithSound(string soundId, int limit) => Take(_sounds, soundId, limit);

    public IReadOnlyList<FeedVideo> ByCreator(string creatorId, int limit) => Take(_creators, creatorId, limit);

    /// <summary>Videos of the given creators, newest first, strictly after a keyset cursor.</summary>
    public IReadOnlyList<FeedVideo> ByCreators(IReadOnlyCollection<string> creatorIds, (DateTime At, string Id)? after, int limit)
    {
        lock (_gate)
        {
            var merged = creatorIds.SelectMany(c => _creators.Newest(c)
                .SkipWhile(v => after is var (at, id) && (v.CreatedAt > at || (v.CreatedAt == at && string.CompareOrdinal(v.Id, id) >= 0)))
                .Take(limit));
            return ServiceDefaults.Http.Paging.After(merged.ToList(), v => v.CreatedAt, v => v.Id, after, limit);
        }
    }

    /// <summary>
    /// The hottest videos, recomputed at most once a second. A stale list is served while a
    /// background task recomputes it, so no page waits for a scan of the whole catalogue.
    /// </summary>
    public IReadOnlyList<FeedVideo> Trending(int limit, DateTime now)
    {
        var cached = _trending;
        if (cached.Videos.Count < Math.Min(limit, Count) || now < cached.At) return RecomputeTrending(limit, now).Take(limit).ToList();
        if (now - cached.At >= TrendingRefresh && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(() =>
            {
                try { RecomputeTrending(Math.Max(limit, cached.Videos.Count), now); }
                finally { Volatile.Write(ref _refreshing, 0); }
            });
        }
        return cached.Videos.Take(limit).ToList();
    }

    private IReadOnlyList<FeedVideo> RecomputeTrending(int limit, DateTime now)
    {
        var top = new PriorityQueue<FeedVideo, double>(limit + 1);
        lock (_gate)
        {
            foreach (var video in _videos.Values)
            {
                top.Enqueue(video, HeatAt(video, now) + video.Positives * 1e-6);
                if (top.Count > limit) top.Dequeue();
            }
        }
        var list = new List<FeedVideo>(top.Count);
        while (top.TryDequeue(out var video, out _)) list.Add(video);
        list.Reverse();
        _trending = (now, list);
        return list;
    }

    /// <summary>Every video, for offline scoring of the whole catalogue.</summary>
    public IReadOnlyList<FeedVideo> Snapshot()
    {
        lock (_gate) return _videos.Values.ToList();
    }

    /// <summary>Videos changed since the last call, for the snapshot to LiteDB.</summary>
    public IReadOnlyList<FeedVideo> TakeDirty()
    {
        lock (_gate)
        {
            var changed = _dirty.Select(id => _videos[id]).ToList();
            _dirty.Clear();
            return changed;
        }
    }

    private IReadOnlyList<FeedVideo> Take(NewestIndex index, string key, int limit)
    {
        lock (_gate) return index.Newest(key).Take(limit).ToList();
    }

    private void Index(FeedVideo v)
    {
        _newest.Add(All, v);
        _creators.Add(v.CreatorId, v);
        if (v.SoundId is { } sound) _sounds.Add(sound, v);
        foreach (var tag in v.Hashtags) _tags.Add(tag, v);
    }

    private void Unindex(FeedVideo v)
    {
        _newest.Remove(All, v);
        _creators.Remove(v.CreatorId, v);
        if (v.SoundId is { } sound) _sounds.Remove(sound, v);
        foreach (var tag in v.Hashtags) _tags.Remove(tag, v);
    }

    private static void CopyCounters(FeedVideo from, FeedVideo to)
    {
        to.Views = Math.Max(to.Views, from.Views);
        to.CompletionSum = Math.Max(to.CompletionSum, from.CompletionSum);
        to.Likes = Math.Max(to.Likes, from.Likes);
        to.Shares = Math.Max(to.Shares, from.Shares);
        to.Comments = Math.Max(to.Comments, from.Comments);
        to.Saves = Math.Max(to.Saves, from.Saves);
        to.Positives = Math.Max(to.Positives, from.Positives);
        if (from.HeatAt > to.HeatAt) (to.Heat, to.HeatAt) = (from.Heat, from.HeatAt);
        // A republished card carries the creator's name as the publisher knew it; a rename heard since wins.
        if (from.CreatorChangedAt > to.CreatorChangedAt) (to.CreatorHandle, to.CreatorDisplayName, to.CreatorChangedAt) = (from.CreatorHandle, from.CreatorDisplayName, from.CreatorChangedAt);
    }
}
