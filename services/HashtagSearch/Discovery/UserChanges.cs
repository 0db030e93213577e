using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Discovery;

/// <summary>What user events change in the store. Each copy records the time of the event that wrote it, so a late, older event loses.</summary>
internal static class UserChanges
{
    /// <summary>Stores the profile and rewrites the creator on the user's cards; null when a newer profile is already stored.</summary>
    public static List<VideoCard>? Apply(LiteTransaction tx, string userId, string handle, string displayName, DateTimeOffset at)
    {
        var users = tx.Collection<StoredUser>(DiscoveryStore.Users);
        if (users.FindById(userId) is { } known && known.UpdatedAt > at.UtcTicks) return null;
        users.Upsert(new StoredUser { Id = userId, Handle = handle, DisplayName = displayName, UpdatedAt = at.UtcTicks });

        var videos = tx.Collection<StoredVideo>(DiscoveryStore.Videos);
        var cards = new List<VideoCard>();
        foreach (var stored in videos.Find(v => v.CreatorId == userId).ToList())
        {
            var card = DiscoveryStore.CardOf(stored);
            var renamed = card with { Creator = card.Creator with { Handle = handle, DisplayName = displayName } };
            if (renamed == card) continue;
            videos.Upsert(DiscoveryStore.Stored(renamed));
            cards.Add(renamed);
        }
        return cards;
    }

    public static void Block(LiteTransaction tx, string blockerId, string blockedId, bool blocked, DateTimeOffset at)
    {
        var blocks = tx.Collection<StoredBlock>(DiscoveryStore.Blocks);
        var id = $"{blockerId}|{blockedId}";
        if (blocks.FindById(id) is { } known && known.At > at.UtcTicks) return;
        blocks.Upsert(new StoredBlock { Id = id, BlockerId = blockerId, BlockedId = blockedId, Blocked = blocked, At = at.UtcTicks });
    }
}
