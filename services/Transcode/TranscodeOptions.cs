namespace ShortVideo.Transcode;

/// <remarks>
/// The allow-lists are space-separated strings, not lists: configuration binding appends to a
/// list's defaults instead of replacing them, so a list could only ever be widened.
/// </remarks>
public sealed class TranscodeOptions
{
    public const string Section = "Transcode";

    /// <summary>Encodes one worker runs at once; more workers scale out as competing consumers.</summary>
    public int MaxConcurrentEncodes { get; set; } = 1;

    public int MaxDurationSeconds { get; set; } = 600;

    public double MinDurationSeconds { get; set; } = 0.5;

    /// <summary>Sizes are of the frame as displayed, so a portrait 4K clip (2160x3840) passes.</summary>
    public int MaxShortSide { get; set; } = 2160;

    public int MaxLongSide { get; set; } = 4096;

    public int MinShortSide { get; set; } = 144;

    public double MaxFrameRate { get; set; } = 120;

    /// <summary>ffprobe format names; a demuxer's name lists its aliases with commas.</summary>
    public string AllowedContainers { get; set; } = "mov,mp4,m4a,3gp,3g2,mj2 matroska,webm";

    public string AllowedVideoCodecs { get; set; } = "h264 hevc vp8 vp9 av1 mpeg4";

    public string AllowedAudioCodecs { get; set; } = "aac mp3 opus vorbis pcm_s16le ac3 eac3 flac alac";

    public int SegmentSeconds { get; set; } = 2;

    public string Preset { get; set; } = "veryfast";

    /// <summary>An encode taking longer than this many times the clip's length, plus <see cref="MinimumTimeout"/>, is killed.</summary>
    public double TimeoutFactor { get; set; } = 20;

    public TimeSpan MinimumTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
