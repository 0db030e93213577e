using System.Diagnostics;
using FFMpegCore;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>
/// Probes the original, encodes the ladder and a poster into a private staging folder, and only
/// then moves the folder into place, so players never see half a video.
/// </summary>
public sealed partial class HlsEncoder(IMediaStore media, IOptions<TranscodeOptions> options, ILogger<HlsEncoder> logger)
{
    public static readonly ActivitySource Source = new("ShortVideo.Transcode");

    public async Task<TranscodeOutcome> EncodeAsync(VideoUploaded video, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var input = media.LocalPath(video.OriginalPath);
        IMediaAnalysis probe;
        using (Source.StartActivity("ffprobe"))
        {
            try
            {
                probe = await FFProbe.AnalyseAsync(input, cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return TranscodeOutcome.Rejected("probe", "The file could not be read as a video: " + FirstLine(ex.Message));
            }
        }
        if (probe.PrimaryVideoStream is not { Width: > 0, Height: > 0 } stream)
        {
            return TranscodeOutcome.Rejected("video-stream", "The file has no video stream.");
        }
        if (probe.Duration > TimeSpan.FromSeconds(settings.MaxDurationSeconds))
        {
            return TranscodeOutcome.Rejected("duration", $"The video is longer than the limit of {settings.MaxDurationSeconds} seconds.");
        }

        // ffmpeg applies the rotation tag when decoding, so plan on the frame as it is displayed.
        var rotated = Math.Abs(stream.Rotation) % 180 == 90;
        var (width, height) = rotated ? (stream.Height!.Value, stream.Width!.Value) : (stream.Width!.Value, stream.Height!.Value);
        var ladder = TranscodePlan.For(width, height);
        var staging = media.CreateStagingFolder("transcode");
        try
        {
            var clock = Stopwatch.StartNew();
            var error = await RunFfmpegAsync(input, ladder, probe.PrimaryAudioStream is not null, staging, probe.Duration, cancellationToken);
            if (error is not null) return TranscodeOutcome.Rejected("encode", "The video could not be encoded: " + error);

            var top = ladder[0];
            using (Source.StartActivity("poster"))
            {
                var at = TimeSpan.FromSeconds(Math.Min(1.0, probe.Duration.TotalSeconds / 2));
                await FFMpegArguments.FromFileInput(input, verifyExists: true, o => o.WithCustomArgument(FormattableString.Invariant($"-ss {at.TotalSeconds:0.###}")))
                    .OutputToFile(Path.Combine(staging, "poster.jpg"), overwrite: true,
                        o => o.WithCustomArgument($"-frames:v 1 -vf scale={top.Width}:{top.Height} -q:v 3"))
                    .CancellableThrough(cancellationToken)
                    .ProcessAsynchronously(throwOnError: true);
            }

            var prefix = $"videos/{video.VideoId}";
            var variants = MasterPlaylist.Parse(await File.ReadAllTextAsync(Path.Combine(staging, "master.m3u8"), cancellationToken));
            media.PublishFolder(staging, prefix);
            return TranscodeOutcome.Ready(new VideoTranscoded(
                video.VideoId,
                (int)probe.Duration.TotalMilliseconds,
                top.Width,
                top.Height,
                $"{prefix}/master.m3u8",
                $"{prefix}/poster.jpg",
                variants.Select(v => new Rendition(v.Width, v.Height, v.Bandwidth, $"{prefix}/{v.Uri}")).ToList(),
                clock.Elapsed.TotalSeconds,
                DateTimeOffset.UtcNow));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<string?> RunFfmpegAsync(
        string input, IReadOnlyList<RenditionPlan> ladder, bool hasAudio, string output, TimeSpan duration, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var activity = Source.StartActivity("ffmpeg hls");
        activity?.SetTag("shortvideo.renditions", ladder.Count);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1) + duration * settings.TimeoutFactor);
        var errors = new Queue<string>();
        try
        {
            await FFMpegArguments.FromFileInput(input)
                .OutputToFile(HlsArguments.OutputPattern(output), overwrite: true,
                    o => o.WithCustomArgument(HlsArguments.Build(ladder, hasAudio, output, settings.SegmentSeconds, settings.Preset)))
                .NotifyOnStandardError(line =>
                {
                    errors.Enqueue(line);
                    if (errors.Count > 20) errors.Dequeue();
                })
                .CancellableThrough(timeout.Token)
                .ProcessAsynchronously(throwOnError: true);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = timeout.IsCancellationRequested ? "it took longer than the time limit" : errors.LastOrDefault() ?? FirstLine(ex.Message);
            LogEncodeFailed(logger, ex, reason);
            return reason;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [LoggerMessage(LogLevel.Warning, "ffmpeg failed: {Reason}")]
    private static partial void LogEncodeFailed(ILogger logger, Exception ex, string reason);
}
