using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Discovery;

/// <summary>What one video event changes in the store, inside the caller's transaction.</summary>
internal static class VideoChanges
{
    public static IEnumerable<string> TagsOf(VideoCard card) => card.Hashtags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Distinct();

    /// <summary>Stores the card, keeping counters already set by engagement; only a new video counts towards its tags and sound.</summary>
    public static (VideoCard Card, List<StoredTrendSlot> Slots) Publish(LiteTransaction tx, TrendingBoard board, VideoCard card, DateTimeOffset at)
    {
        var videos = tx.Collection<StoredVideo>(DiscoveryStore.Videos);
        var existing = videos.FindById(card.Id);
        var early = tx.Collection<StoredEarlyStats>(DiscoveryStore.EarlyStats).FindById(card.Id);
        var merged = card with { Stats = existing is not null ? DiscoveryStore.CardOf(existing).Stats : early is not null ? StatsOf(early) : card.Stats };
        if (tx.Collection<StoredUser>(DiscoveryStore.Users).FindById(card.Creator.Id) is { } user)
        {
            merged = merged with { Creator = merged.Creator with { Handle = user.Handle, DisplayName = user.DisplayName } };
        }
        videos.Upsert(DiscoveryStore.Stored(merged));
        if (existing is not null) return (merged, []);
        AddTotals(tx, merged, videos: 1, merged.Stats.Views);
        if (early is null) return (merged, Stage(tx, board, merged, at, TrendScore.PostWeight));
        tx.Collection<StoredEarlyStats>(DiscoveryStore.EarlyStats).Delete(card.Id);
        var engaged = new DateTimeOffset(early.At, TimeSpan.Zero);
        return (merged, [.. Stage(tx, board, merged, at, TrendScore.PostWeight), .. Stage(tx, board, merged, engaged, Rising(card.Stats, merged.Stats))]);
    }

    /// <summary>Removes the video and takes it out of its tags' and sound's totals; null when it was not here.</summary>
    public static VideoCard? Delete(LiteTransaction tx, string videoId)
    {
        tx.Collection<StoredEarlyStats>(DiscoveryStore.EarlyStats).Delete(videoId);
        var videos = tx.Collection<StoredVideo>(DiscoveryStore.Videos);
        if (videos.FindById(videoId) is not { } existing) return null;
        var card = DiscoveryStore.CardOf(existing);
        videos.Delete(videoId);
        AddTotals(tx, card, videos: -1, -card.Stats.Views);
        return card;
    }

    public static (VideoCard? Card, List<StoredTrendSlot> Slots) Engage(
        LiteTransaction tx, TrendingBoard board, string videoId, Func<CardStats, CardStats> change, DateTimeOffset at)
    {
        var videos = tx.Collection<StoredVideo>(DiscoveryStore.Videos);
        if (videos.FindById(videoId) is not { } existing)
        {
            KeepEarly(tx, videoId, change, at);
            return (null, []);
        }
        var card = DiscoveryStore.CardOf(existing);
        var stats = change(card.Stats);
        if (stats == card.Stats) return (card, []);
        var changed = card with { Stats = stats };
        videos.Upsert(DiscoveryStore.Stored(changed));
        AddTotals(tx, changed, videos: 0, stats.Views - card.Stats.Views);
        return (changed, Stage(tx, board, changed, at, Rising(card.Stats, stats)));
    }

    private static void KeepEarly(LiteTransaction tx, string videoId, Func<CardStats, CardStats> change, DateTimeOffset at)
    {
        var early = tx.Collection<StoredEarlyStats>(DiscoveryStore.EarlyStats);
        var known = early.FindById(videoId);
        var stats = change(known is null ? new CardStats(0, 0, 0, 0) : StatsOf(known));
        early.Upsert(new StoredEarlyStats
        {
            Id = videoId, Views = stats.Views, Likes = stats.Likes, Comments = stats.Comments, Shares = stats.Shares,
            At = Math.Max(known?.At ?? 0, at.UtcTicks),
        });
    }

    private static CardStats StatsOf(StoredEarlyStats early) => new(early.Views, early.Likes, early.Comments, early.Shares);

    /// <summary>Only growth counts towards trending: an unlike takes a like back from the counter, not from the trend.</summary>
    private static double Rising(CardStats before, CardStats after) =>
        Math.Max(0, after.Views - before.Views) * Ranking.ViewWeight
        + Math.Max(0, after.Likes - before.Likes) * Ranking.LikeWeight
        + Math.Max(0, after.Comments - before.Comments) * Ranking.CommentWeight
        + Math.Max(0, after.Shares - before.Shares) * Ranking.ShareWeight;

    private static List<StoredTrendSlot> Stage(LiteTransaction tx, TrendingBoard board, VideoCard card, DateTimeOffset at, double weight) =>
    [
        .. board.Stage(tx, TrendingBoard.Tag, TagsOf(card), at, weight),
        .. board.Stage(tx, TrendingBoard.Sound, card.Sound is { } sound ? [sound.Id] : [], at, weight),
    ];

    private static void AddTotals(LiteTransaction tx, VideoCard card, int videos, long views)
    {
        var hashtags = tx.Collection<StoredTotals>(DiscoveryStore.Hashtags);
        foreach (var tag in TagsOf(card)) Add(hashtags, tag, tag, videos, views);
        if (card.Sound is { } sound) Add(tx.Collection<StoredTotals>(DiscoveryStore.Sounds), sound.Id, sound.Title, videos, views);
    }

    private static void Add(LiteDB.ILiteCollection<StoredTotals> collection, string id, string title, int videos, long views)
    {
        var totals = collection.FindById(id) ?? new StoredTotals { Id = id, Title = title };
        totals.VideoCount += videos;
        totals.Views = Math.Max(0, totals.Views + views);
        if (totals.VideoCount <= 0) collection.Delete(id);
        else collection.Upsert(totals);
    }
}
