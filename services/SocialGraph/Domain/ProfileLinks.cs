namespace ShortVideo.SocialGraph.Domain;

/// <summary>Links out to a creator's other platforms, accepted only as https URLs on those platforms' hosts.</summary>
public static class ProfileLinks
{
    public static string? YouTube(string url) => Normalise(url, "youtube.com", "m.youtube.com");

    public static string? Instagram(string url) => Normalise(url, "instagram.com");

    private static string? Normalise(string url, params string[] hosts)
    {
        if (url.Length == 0) return "";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (!hosts.Contains(host, StringComparer.OrdinalIgnoreCase) || uri.AbsolutePath.Length <= 1) return null;
        return $"https://www.{hosts[0]}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
