namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// A comment, or a reply when <see cref="ParentId"/> is set (one level only). The text is stored as
/// written and only ever sent as a JSON string: nothing in this service renders it.
/// </summary>
public sealed class CommentRecord
{
    public string Id { get; set; } = "";

    public string VideoId { get; set; } = "";

    public string AuthorId { get; set; } = "";

    public string? ParentId { get; set; }

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public long Likes { get; set; }

    public long Replies { get; set; }

    /// <summary>(video, time, id) for top-level comments, newest first; null on replies.</summary>
    public byte[]? Thread { get; set; }

    /// <summary>(parent, time, id) for replies; null on top-level comments. Replies are listed oldest first, so it walks backwards.</summary>
    public byte[]? Reply { get; set; }
}
