namespace ShortVideo.Contracts;

/// <summary>
/// A comment (or a reply, with <paramref name="ParentId"/>) on a video of <paramref name="CreatorId"/>.
/// <paramref name="CommentCount"/> is the video's total after it.
/// </summary>
public sealed record CommentPosted(
    string CommentId,
    string VideoId,
    string AuthorId,
    string CreatorId,
    string? ParentId,
    string Text,
    long CommentCount,
    DateTimeOffset PostedAt);
