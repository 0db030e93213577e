namespace ShortVideo.Transcode.Domain;

/// <summary>A rule the upload broke, by its short name, and the reason in words a creator understands.</summary>
public sealed record RuleViolation(string Rule, string Reason)
{
    public override string ToString() => $"{Rule}: {Reason}";
}
