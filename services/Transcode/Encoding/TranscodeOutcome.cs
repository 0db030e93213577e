using ShortVideo.Contracts;

namespace ShortVideo.Transcode.Encoding;

/// <summary>Either the finished renditions or the rule the source broke.</summary>
public sealed record TranscodeOutcome(VideoTranscoded? Transcoded, string? FailureRule, string? FailureReason)
{
    public static TranscodeOutcome Ready(VideoTranscoded transcoded) => new(transcoded, null, null);

    public static TranscodeOutcome Rejected(string rule, string reason) => new(null, rule, reason);
}
