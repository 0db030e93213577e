namespace ShortVideo.Transcode.Domain;

/// <summary>
/// What ffprobe found in an upload, reduced to what the rules judge. <paramref name="HasVideo"/> is
/// false for a file whose only picture is a cover attached to its sound.
/// </summary>
public sealed record SourceFacts(
    string Container,
    bool HasVideo,
    string? VideoCodec,
    int Width,
    int Height,
    int Rotation,
    double FramesPerSecond,
    TimeSpan Duration,
    string? AudioCodec)
{
    public bool HasAudio => AudioCodec is not null;

    /// <summary>ffmpeg applies the rotation tag when decoding, so limits and plans use the frame as displayed.</summary>
    public (int Width, int Height) Displayed => Math.Abs(Rotation) % 180 == 90 ? (Height, Width) : (Width, Height);
}
