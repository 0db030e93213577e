using System.Globalization;

namespace ShortVideo.Transcode.Domain;

/// <summary>Reads the variants back out of the master playlist ffmpeg wrote (RFC 8216 §4.3.4.2).</summary>
public static class MasterPlaylist
{
    public sealed record Variant(long Bandwidth, int Width, int Height, string Uri);

    public static IReadOnlyList<Variant> Parse(string text)
    {
        var variants = new List<Variant>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (!lines[i].StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal)) continue;
            long bandwidth = 0;
            int width = 0, height = 0;
            foreach (var attribute in lines[i]["#EXT-X-STREAM-INF:".Length..].Split(','))
            {
                var pair = attribute.Split('=', 2);
                if (pair.Length != 2) continue;
                if (pair[0] == "BANDWIDTH") long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out bandwidth);
                if (pair[0] == "RESOLUTION" && pair[1].Split('x') is [var w, var h])
                {
                    int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out width);
                    int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out height);
                }
            }
            variants.Add(new Variant(bandwidth, width, height, lines[i + 1]));
        }
        return variants;
    }
}
