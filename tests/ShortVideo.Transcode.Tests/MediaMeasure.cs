using System.Globalization;
using System.Text.RegularExpressions;

namespace ShortVideo.Transcode.Tests;

/// <summary>What an output really holds, measured by decoding it with ffmpeg rather than trusting its headers.</summary>
internal static partial class MediaMeasure
{
    // One band-pass lets a tone 560 Hz away through only 12 dB down; two in a row make it 25 dB.
    private static string Band(int frequency) => FormattableString.Invariant($"bandpass=f={frequency}:width_type=h:w=200");

    /// <summary>Mean level in dB of the sound within 100 Hz of <paramref name="frequency"/>: a tone shows far above the rest.</summary>
    public static double BandVolume(string path, int frequency, double fromSeconds = 0, double seconds = 3600)
    {
        var errors = Run(FormattableString.Invariant(
            $"-ss {fromSeconds} -t {seconds} -i \"{path}\" -map 0:a:0 -af {Band(frequency)},{Band(frequency)},volumedetect -f null -"));
        return double.Parse(MeanVolume().Match(errors).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>How long a stream plays when decoded: the time of ffmpeg's last status line.</summary>
    public static double DecodedSeconds(string path, char stream)
    {
        var errors = Run($"-i \"{path}\" -map 0:{stream}:0 -f null -");
        return TimeSpan.Parse(StatusTime().Matches(errors)[^1].Groups[1].Value, CultureInfo.InvariantCulture).TotalSeconds;
    }

    /// <summary>The brightest luma in a band of a picture, from 0 to 1 of its height.</summary>
    public static int BrightestLuma(string picture, double top, double bottom, double left = 0, double right = 1)
    {
        var errors = Run(FormattableString.Invariant(
            $"-i \"{picture}\" -vf crop=iw*{right - left}:ih*{bottom - top}:iw*{left}:ih*{top},signalstats,metadata=print:key=lavfi.signalstats.YMAX -f null -"));
        return int.Parse(YMax().Match(errors).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Run(string arguments)
    {
        var (exitCode, errors) = EncoderHarness.Ffmpeg("-hide_banner " + arguments);
        Assert.True(exitCode == 0, errors);
        return errors;
    }

    [GeneratedRegex(@"mean_volume: (-?[\d.]+) dB")]
    private static partial Regex MeanVolume();

    [GeneratedRegex(@"time=(\d+:\d+:\d+\.\d+)")]
    private static partial Regex StatusTime();

    [GeneratedRegex(@"YMAX=(\d+)")]
    private static partial Regex YMax();
}
