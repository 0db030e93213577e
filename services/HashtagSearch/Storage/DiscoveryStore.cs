using System.Text.Json;
using Query = LiteDB.Query;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The service's source of truth in its LiteDB file: live videos with their counters, users,
/// hashtag and sound totals, block pairs and trend slots. The search index is a projection of it.
/// </summary>
public sealed class DiscoveryStore
{
    public const string Videos = "videos", Users = "users", Hashtags = "hashtags", Sounds = "sounds", Blocks = "blocks", TrendSlots = "trend_slots", EarlyStats = "early_stats";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DiscoveryStore(LiteDbDatabase db)
    {
        Database = db;
        db.Collection<StoredVideo>(Videos).EnsureIndex(v => v.CreatorId);
        db.Collection<StoredBlock>(Blocks).EnsureIndex(b => b.BlockerId);
        db.Collection<StoredBlock>(Blocks).EnsureIndex(b => b.BlockedId);
        db.Collection<StoredTrendSlot>(TrendSlots).EnsureIndex(s => s.Slot);
    }

    public LiteDbDatabase Database { get; }

    public static VideoCard CardOf(StoredVideo video) =>
        JsonSerializer.Deserialize<VideoCard>(video.Card, Json) ?? throw new InvalidDataException($"Stored video '{video.Id}' has no card.");

    public static StoredVideo Stored(VideoCard card) => new() { Id = card.Id, CreatorId = card.Creator.Id, Card = JsonSerializer.Serialize(card, Json) };

    public VideoCard? FindVideo(string id) => Database.Collection<StoredVideo>(Videos).FindById(id) is { } v ? CardOf(v) : null;

    public StoredTotals? FindHashtag(string tag) => Database.Collection<StoredTotals>(Hashtags).FindById(tag);

    public StoredTotals? FindSound(string id) => Database.Collection<StoredTotals>(Sounds).FindById(id);

    /// <summary>The ids a user must not see, and who must not see them: both sides of every active block.</summary>
    public IReadOnlySet<string> HiddenFrom(string? userId)
    {
        if (userId is null) return new HashSet<string>();
        var blocks = Database.Collection<StoredBlock>(Blocks);
        return blocks.Find(b => b.BlockerId == userId && b.Blocked).Select(b => b.BlockedId)
            .Concat(blocks.Find(b => b.BlockedId == userId && b.Blocked).Select(b => b.BlockerId))
            .ToHashSet();
    }

    /// <summary>One page of a collection in id order after <paramref name="afterId"/>, for rebuilds.</summary>
    public List<T> PageAfter<T>(string collection, string afterId, int size) =>
        Database.Collection<T>(collection).Find(Query.GT("_id", afterId), 0, size).ToList();
}
