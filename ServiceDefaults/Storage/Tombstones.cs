namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>
/// Ids of deleted videos, remembered by every read model: events about one video travel on
/// different queues, so a VideoPublished can arrive after its VideoDeleted and must not bring
/// the video back.
/// </summary>
public sealed class Tombstones(LiteDbDatabase db)
{
    private const string Collection = "_tombstones";

    public void Add(string id) => db.Collection<Tombstone>(Collection).Upsert(new Tombstone { Id = id, DeletedAt = DateTime.UtcNow });

    public bool Contains(string id) => db.Collection<Tombstone>(Collection).FindById(id) is not null;

    private sealed class Tombstone
    {
        public string Id { get; set; } = "";

        public DateTime DeletedAt { get; set; }
    }
}
