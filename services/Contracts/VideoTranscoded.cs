namespace ShortVideo.Contracts;

public sealed record VideoTranscoded(
    string VideoId,
    int DurationMs,
    int Width,
    int Height,
    string MasterPlaylistPath,
    string PosterPath,
    IReadOnlyList<Rendition> Renditions,
    double EncodeSeconds,
    DateTimeOffset TranscodedAt)
{
    /// <summary>A short animated preview (animated WebP), when one was made.</summary>
    public string? PreviewPath { get; init; }

    /// <summary>The video's own audio as a file, the source of its "original sound"; null for a silent video.</summary>
    public string? AudioPath { get; init; }
}
