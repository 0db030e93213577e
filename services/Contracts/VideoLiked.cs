namespace ShortVideo.Contracts;

/// <summary>
/// <paramref name="LikeCount"/> is the total after this like, so consumers set the count rather than
/// increment it: a redelivered or reordered event cannot count twice.
/// </summary>
public sealed record VideoLiked(string VideoId, string UserId, string CreatorId, long LikeCount, DateTimeOffset LikedAt);
