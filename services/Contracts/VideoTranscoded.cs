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
    DateTimeOffset TranscodedAt);
