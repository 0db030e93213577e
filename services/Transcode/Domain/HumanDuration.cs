using System.Globalization;

namespace ShortVideo.Transcode.Domain;

/// <summary>Durations as a creator reads them: "0.35 s", "42 s", "10 min", "10 min 1 s".</summary>
public static class HumanDuration
{
    public static string Format(TimeSpan duration)
    {
        var inv = CultureInfo.InvariantCulture;
        if (duration < TimeSpan.FromSeconds(60)) return duration.TotalSeconds.ToString("0.##", inv) + " s";
        // Rounded up, so a clip a fraction over a limit never reads as exactly the limit.
        var seconds = (long)Math.Ceiling(duration.TotalSeconds);
        var (minutes, rest) = (seconds / 60, seconds % 60);
        return rest == 0 ? $"{minutes} min" : $"{minutes} min {rest} s";
    }
}
