namespace ShortVideo.Transcode;

public sealed class TranscodeOptions
{
    public const string Section = "Transcode";

    /// <summary>Encodes one worker runs at once; more workers scale out as competing consumers.</summary>
    public int MaxConcurrentEncodes { get; set; } = 1;

    public int MaxDurationSeconds { get; set; } = 600;

    public int SegmentSeconds { get; set; } = 2;

    public string Preset { get; set; } = "veryfast";

    /// <summary>An encode taking longer than this many times the clip's length (plus a minute) is killed.</summary>
    public double TimeoutFactor { get; set; } = 20;
}
