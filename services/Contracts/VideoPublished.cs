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
    DateTimeOffset PublishedAt)
{
    /// <summary>The sound on the video's audio track: one picked by the creator, or its own "original sound".</summary>
    public SoundInfo? Sound { get; init; }

    /// <summary>The video this one is a duet of, credited on its card.</summary>
    public string? DuetOf { get; init; }

    /// <summary>The video this one stitches, credited on its card.</summary>
    public string? StitchOf { get; init; }
}
