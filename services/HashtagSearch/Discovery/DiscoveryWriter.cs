using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Discovery;

/// <summary>
/// Applies what events say to the store, then projects the touched documents into the index and
/// the trend slots into the board. Every change is computed against the stored state (counters
/// are absolute totals, deltas come from what was stored), so a redelivered event changes nothing;
/// the index write is unconditional, so a retry after a failed index write repairs it. Writers take
/// turns on one gate, which is also what lets a rebuild read consistent pages.
/// </summary>
public sealed class DiscoveryWriter(DiscoveryStore store, IVideoIndex index, TrendingBoard board, Tombstones deleted, HashtagSearchMetrics metrics)
{
    internal object Gate { get; } = new();

    public void Publish(VideoCard card, DateTimeOffset publishedAt)
    {
        if (deleted.Contains(card.Id)) return;
        lock (Gate)
        {
            var (stored, slots) = store.Database.Write(tx => VideoChanges.Publish(tx, board, card, publishedAt));
            board.Apply(slots);
            index.Upsert([new VideoDocument(stored), .. Totals(stored)]);
        }
        metrics.Indexed(publishedAt);
    }

    public void Delete(string videoId)
    {
        deleted.Add(videoId);
        lock (Gate)
        {
            var card = store.Database.Write(tx => VideoChanges.Delete(tx, videoId));
            index.DeleteVideo(videoId);
            if (card is not null) index.Upsert(Totals(card));
        }
    }

    /// <summary>
    /// Sets counters from an engagement event. For a video not published here yet they are kept
    /// until it is; for a deleted one they are dropped.
    /// </summary>
    public void Engage(string videoId, Func<CardStats, CardStats> change, DateTimeOffset at)
    {
        if (deleted.Contains(videoId)) return;
        lock (Gate)
        {
            var (card, slots) = store.Database.Write(tx => VideoChanges.Engage(tx, board, videoId, change, at));
            if (card is null) return;
            board.Apply(slots);
            index.Upsert([new VideoDocument(card), .. Totals(card)]);
        }
        metrics.Indexed(at);
    }

    /// <summary>A registration or profile change: the user becomes findable, and their cards show the new name.</summary>
    public void User(string userId, string handle, string displayName, DateTimeOffset at)
    {
        lock (Gate)
        {
            var cards = store.Database.Write(tx => UserChanges.Apply(tx, userId, handle, displayName, at));
            if (cards is null) return;
            index.Upsert([new UserDocument(userId, handle, displayName), .. cards.Select(c => new VideoDocument(c))]);
        }
        metrics.Indexed(at);
    }

    public void Block(string blockerId, string blockedId, bool blocked, DateTimeOffset at) =>
        store.Database.Write(tx => UserChanges.Block(tx, blockerId, blockedId, blocked, at));

    /// <summary>The current totals of the video's hashtags and sound, as index documents.</summary>
    internal List<IndexDocument> Totals(VideoCard card)
    {
        var documents = new List<IndexDocument>();
        foreach (var tag in VideoChanges.TagsOf(card))
        {
            var totals = store.FindHashtag(tag);
            documents.Add(new HashtagDocument(tag, totals?.VideoCount ?? 0, totals?.Views ?? 0));
        }
        if (card.Sound is { } sound)
        {
            var totals = store.FindSound(sound.Id);
            documents.Add(new SoundDocument(sound.Id, totals?.Title ?? sound.Title, totals?.VideoCount ?? 0, totals?.Views ?? 0));
        }
        return documents;
    }
}
