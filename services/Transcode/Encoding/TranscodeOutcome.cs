using ShortVideo.Contracts;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>Either the finished renditions or the rule the source broke.</summary>
public sealed record TranscodeOutcome(VideoTranscoded? Transcoded, string? FailureRule, string? FailureReason)
{
    public static TranscodeOutcome Ready(VideoTranscoded transcoded) => new(transcoded, null, null);

    public static TranscodeOutcome Rejected(string rule, string reason) => new(null, rule, reason);

    public static TranscodeOutcome Rejected(RuleViolation violation) => Rejected(violation.Rule, violation.Reason);

    /// <summary>What the creator is told, led by the rule: "duration: the video is 11 min long; the limit is 10 min".</summary>
    public string? FailureMessage => FailureRule is null ? null : $"{FailureRule}: {FailureReason}";
}
