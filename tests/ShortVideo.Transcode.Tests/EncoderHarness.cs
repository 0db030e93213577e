using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Encoding;

namespace ShortVideo.Transcode.Tests;

/// <summary>A media folder of its own, an encoder over it, and clips made on the spot by ffmpeg's test sources.</summary>
internal sealed partial class EncoderHarness : IDisposable
{
    public const string Picture = "testsrc2=size=360x640:rate=30";
    public const string Tone = "sine=frequency=440:sample_rate=48000";

    public EncoderHarness(TranscodeOptions? options = null)
    {
        Media = new FolderMediaStore(Root);
        Encoder = new HlsEncoder(Media, Options.Create(options ?? new TranscodeOptions { Preset = "ultrafast" }), NullLogger<HlsEncoder>.Instance);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("shortvideo-transcode-").FullName;

    public FolderMediaStore Media { get; }

    public HlsEncoder Encoder { get; }

    public Task<TranscodeOutcome> EncodeAsync(string id, string key, IProgress<double>? progress = null) => EncodeAsync(id, key, null, progress);

    public Task<TranscodeOutcome> EncodeAsync(string id, string key, VideoEdit? edit, IProgress<double>? progress = null) =>
        Encoder.EncodeAsync(new VideoUploaded(id, new CreatorInfo("u", "creator", "Creator"), "", [], key, DateTimeOffset.UtcNow) { Edit = edit }, progress, CancellationToken.None);

    /// <summary>An H.264 clip with its index at the front, as phones and the web client upload them.</summary>
    public string Clip(string key, double seconds, string picture = Picture, string? sound = Tone)
    {
        var inputs = $"-f lavfi -i {picture} " + (sound is null ? "" : $"-f lavfi -i {sound} ");
        var codecs = "-c:v libx264 -preset ultrafast -pix_fmt yuv420p " + (sound is null ? "" : "-c:a aac ");
        return Make(key, inputs + FormattableString.Invariant($"-t {seconds} ") + codecs + "-movflags +faststart");
    }

    /// <summary>A sound as the sound library stores it: AAC in an m4a, here a pure tone.</summary>
    public string Sound(string key, double seconds, int frequency) =>
        Make(key, FormattableString.Invariant($"-f lavfi -i sine=frequency={frequency}:sample_rate=48000 -t {seconds} -c:a aac"));

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> writing the media key <paramref name="key"/>.</summary>
    public string Make(string key, string arguments)
    {
        var output = Media.LocalPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var (exitCode, errors) = Ffmpeg($"-loglevel error -y {arguments} \"{output}\"");
        Assert.True(exitCode == 0, errors);
        return output;
    }

    /// <summary>Integrated loudness of the first audio stream, by ffmpeg's EBU R128 meter.</summary>
    public static double IntegratedLoudness(string path)
    {
        var (exitCode, errors) = Ffmpeg($"-hide_banner -nostats -i \"{path}\" -map 0:a:0 -af ebur128 -f null -");
        Assert.True(exitCode == 0, errors);
        // The summary comes last; per-frame lines before it carry running values.
        var summary = Integrated().Matches(errors)[^1];
        return double.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>ffmpeg processes still running with an argument under this harness's folder.</summary>
    public IReadOnlyList<int> FfmpegProcessesUsingRoot() =>
        Process.GetProcessesByName("ffmpeg").Where(p => CommandLine(p.Id).Contains(Root, StringComparison.Ordinal)).Select(p => p.Id).ToList();

    public static (int ExitCode, string Errors) Ffmpeg(string arguments)
    {
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardError = true })!;
        var errors = ffmpeg.StandardError.ReadToEnd();
        ffmpeg.WaitForExit();
        return (ffmpeg.ExitCode, errors);
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"I:\s+(-?\d+(?:\.\d+)?) LUFS")]
    private static partial Regex Integrated();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
