namespace ShortVideo.Contracts;

/// <summary><paramref name="ShareCount"/> is the total after this share.</summary>
public sealed record VideoShared(
    string ShareId,
    string VideoId,
    string? UserId,
    string CreatorId,
    string Channel,
    long ShareCount,
    DateTimeOffset SharedAt);
