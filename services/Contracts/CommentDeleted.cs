namespace ShortVideo.Contracts;

/// <summary>A comment and its replies are gone; <paramref name="CommentCount"/> is the video's total after it.</summary>
public sealed record CommentDeleted(
    string CommentId,
    string VideoId,
    string AuthorId,
    long CommentCount,
    DateTimeOffset DeletedAt);
