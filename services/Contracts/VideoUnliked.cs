namespace ShortVideo.Contracts;

/// <summary><paramref name="LikeCount"/> is the total after this unlike; see <see cref="VideoLiked"/>.</summary>
public sealed record VideoUnliked(string VideoId, string UserId, string CreatorId, long LikeCount, DateTimeOffset UnlikedAt);
