using System.Text.RegularExpressions;

namespace ShortVideo.SocialGraph.Domain;

/// <summary>
/// Links out to a creator's other platforms: a YouTube channel or an Instagram profile, and nothing
/// else (no other hosts, no video pages, no scripts). They are normalised to one https form without
/// query or fragment, so the same profile always reads the same.
/// </summary>
public static partial class ProfileLinks
{
    public static string? YouTube(string url) => Normalise(url, "youtube.com", ["m.youtube.com"], YouTubePath());

    public static string? Instagram(string url) => Normalise(url, "instagram.com", [], InstagramPath());

    private static string? Normalise(string url, string host, string[] aliases, Regex path)
    {
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) return null;
        if (!uri.IsDefaultPort || uri.UserInfo.Length > 0) return null;
        var actual = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (!actual.Equals(host, StringComparison.OrdinalIgnoreCase) && !aliases.Contains(actual, StringComparer.OrdinalIgnoreCase)) return null;
        var trimmed = uri.AbsolutePath.TrimEnd('/');
        return path.IsMatch(trimmed) ? $"https://www.{host}{trimmed}" : null;
    }

    [GeneratedRegex("^/(@[A-Za-z0-9._-]{3,30}|channel/UC[A-Za-z0-9_-]{22}|c/[A-Za-z0-9._-]{1,100}|user/[A-Za-z0-9._-]{1,100})$")]
    private static partial Regex YouTubePath();

    [GeneratedRegex("^/[A-Za-z0-9._]{1,30}$")]
    private static partial Regex InstagramPath();
}
