using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Upload.Storage;

/// <summary>
/// Who has blocked whom, as social-graph announces it (<c>UserBlocked</c>, <c>UserUnblocked</c>), so that the videos and sounds
/// served here are hidden from the other side of a block, as profiles, search and the feeds hide them.
/// </summary>
public interface IBlockList
{
    void Set(string blockerId, string blockedId, bool blocked, DateTimeOffset at);

    /// <summary>True when either of the two has blocked the other; a signed-out viewer (null) and one's own things are never hidden.</summary>
    bool Between(string? viewerId, string ownerId);
}

/// <summary>One document per ordered pair, "blocker:blocked", kept after an unblock so that a late, older event cannot undo a newer one.</summary>
public sealed class BlockRecord
{
    public string Id { get; set; } = "";

    public bool Blocked { get; set; }

    public DateTime At { get; set; }
}

public sealed class LiteDbBlockList(LiteDbDatabase db) : IBlockList
{
    private const string Blocks = "blocks";

    public void Set(string blockerId, string blockedId, bool blocked, DateTimeOffset at) => db.Write(t =>
    {
        var blocks = t.Collection<BlockRecord>(Blocks);
        var id = Key(blockerId, blockedId);
        if (blocks.FindById(id) is { } known && known.At > at.UtcDateTime) return;
        blocks.Upsert(new BlockRecord { Id = id, Blocked = blocked, At = at.UtcDateTime });
    });

    public bool Between(string? viewerId, string ownerId) =>
        viewerId is not null && viewerId != ownerId && (Blocked(viewerId, ownerId) || Blocked(ownerId, viewerId));

    private bool Blocked(string blockerId, string blockedId) => db.Collection<BlockRecord>(Blocks).FindById(Key(blockerId, blockedId)) is { Blocked: true };

    private static string Key(string blockerId, string blockedId) => $"{blockerId}:{blockedId}";
}
