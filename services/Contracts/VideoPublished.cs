namespace ShortVideo.Contracts;

/// <summary>The full card of a video that became watchable.</summary>
public sealed record VideoPublished(
    string VideoId,
    CreatorInfo Creator,
    string Caption,
    IReadOnlyList<string> Hashtags,
    int DurationMs,
    int Width,
    int Height,
    string PlaylistUrl,
    string PosterUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset PublishedAt);
