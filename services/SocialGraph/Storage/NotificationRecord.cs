namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// Something that happened to a user. Ids are derived from what caused it (e.g. "follow:{actor}>{user}"),
/// so following, unfollowing and following again notifies once.
/// </summary>
public sealed class NotificationRecord
{
    public string Id { get; set; } = "";

    public string RecipientId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string ActorId { get; set; } = "";

    public string? VideoId { get; set; }

    public string? CommentId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>(recipient, time, id), newest first.</summary>
    public byte[] Key { get; set; } = [];
}
