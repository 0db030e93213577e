namespace ShortVideo.Contracts;

/// <summary><paramref name="SaveCount"/> is the total after this save; see <see cref="VideoLiked"/>.</summary>
public sealed record VideoSaved(string VideoId, string UserId, string CreatorId, long SaveCount, DateTimeOffset SavedAt);
