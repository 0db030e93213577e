using System.Text.RegularExpressions;

namespace ShortVideo.SocialGraph.Domain;

/// <summary>What a comment, a view and a share may carry.</summary>
public static partial class EngagementRules
{
    public const int MaxWatchedMs = 24 * 60 * 60 * 1000;
    public const string DefaultChannel = "link";

    /// <summary>
    /// A comment is plain text kept exactly as written (markup included: it is only ever sent as a JSON
    /// string, never rendered here); line breaks and tabs are allowed, other control characters are not.
    /// </summary>
    public static string? CommentProblem(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? "A comment has some text."
        : text.EnumerateRunes().Count() > maxLength ? $"A comment is at most {maxLength} characters."
        : text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? "A comment has no control characters besides line breaks and tabs."
        : null;

    public static string? WatchedProblem(int? watchedMs) =>
        watchedMs is null or < 0 or > MaxWatchedMs ? $"watchedMs is a whole number of milliseconds from 0 to {MaxWatchedMs}." : null;

    public static string? ChannelProblem(string? channel) =>
        channel is null || ChannelPattern().IsMatch(channel) ? null : "A channel is 1-32 characters of a-z, 0-9, '-' and '_'.";

    [GeneratedRegex("^[a-z0-9_-]{1,32}$")]
    private static partial Regex ChannelPattern();
}
