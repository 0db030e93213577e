namespace ShortVideo.Transcode.Storage;

/// <summary>The record of one finished job, so a second delivery of the same upload never encodes twice.</summary>
public sealed class TranscodeJob
{
    public string Id { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string? Reason { get; set; }

    public double EncodeSeconds { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>Which worker process did it: host and process id.</summary>
    public string Worker { get; set; } = "";
}
