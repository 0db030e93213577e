using System.Diagnostics;
using FFMpegCore;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>
/// Probes and judges the original, encodes the ladder, poster, preview and sound into a private
/// staging folder in one ffmpeg pass, and only then moves the folder into place, so players never
/// see half a video and a rejected upload leaves nothing behind.
/// </summary>
public sealed partial class HlsEncoder(IMediaStore media, IOptions<TranscodeOptions> options, ILogger<HlsEncoder> logger)
{
    public static readonly ActivitySource Source = new("ShortVideo.Transcode");

    /// <param name="progress">Told how far the encode has come, from 0 to 1.</param>
    public async Task<TranscodeOutcome> EncodeAsync(VideoUploaded video, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var input = media.LocalPath(video.OriginalPath);
        SourceFacts source;
        using (Source.StartActivity("ffprobe"))
        {
            try
            {
                source = SourceProbe.Facts(await FFProbe.AnalyseAsync(input, cancellationToken: cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // ffprobe's own words name its internals (the demuxer, a memory address) and belong in the log; the video's
                // failure reason, which anyone may read, says what is wrong with the file in plain words.
                LogProbeFailed(logger, video.VideoId, FirstLine(ex.Message));
                return TranscodeOutcome.Rejected("probe", "the file could not be read as a video" + ProbeHint(ex.Message));
            }
        }
        if (SourceRules.FirstBroken(source, settings) is { } broken) return TranscodeOutcome.Rejected(broken);

        var scratch = media.CreateStagingFolder("edit");
        var staging = media.CreateStagingFolder("transcode");
        try
        {
            EditStage? edit = null;
            if (video.Edit is { } requested)
            {
                var (stage, problem) = await EditPreparation.PrepareAsync(requested, source, media, scratch, cancellationToken);
                if (problem is not null) return TranscodeOutcome.Rejected(problem);
                edit = stage;
            }
            var plan = EncodePlan.For(source, settings.SegmentSeconds, settings.Preset, edit);
            // An edit can lengthen a clip (slow motion, a stitch); the limit is on what people will watch.
            var output = plan.OutputDuration(source.Duration);
            if (output > TimeSpan.FromSeconds(settings.MaxDurationSeconds))
            {
                return TranscodeOutcome.Rejected(new RuleViolation("duration",
                    $"the edited video would be {HumanDuration.Format(output)} long; the limit is {HumanDuration.Format(TimeSpan.FromSeconds(settings.MaxDurationSeconds))}"));
            }
            return await EncodeAndPublishAsync(video, input, plan.OutputDuration(source.Duration), plan, staging, progress, cancellationToken);
        }
        finally
        {
            foreach (var folder in new[] { staging, scratch })
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<TranscodeOutcome> EncodeAndPublishAsync(
        VideoUploaded video, string input, TimeSpan duration, EncodePlan plan, string staging, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(0);
        RuleViolation? failure;
        using (var activity = Source.StartActivity("ffmpeg"))
        {
            activity?.SetTag("shortvideo.renditions", plan.Ladder.Count);
            var limit = options.Value.MinimumTimeout + duration * options.Value.TimeoutFactor;
            failure = await FfmpegRun.EncodeAsync(input, plan, staging, duration, limit, progress, cancellationToken) ?? MissingOutput(plan, staging);
        }
        if (failure is not null)
        {
            LogEncodeFailed(logger, video.VideoId, failure.ToString());
            return TranscodeOutcome.Rejected(failure);
        }

        var prefix = $"videos/{video.VideoId}";
        var variants = MasterPlaylist.Parse(await File.ReadAllTextAsync(Path.Combine(staging, EncodePlan.MasterFile), cancellationToken));
        media.PublishFolder(staging, prefix);
        var top = plan.Ladder[0];
        return TranscodeOutcome.Ready(new VideoTranscoded(
            video.VideoId,
            (int)duration.TotalMilliseconds,
            top.Width,
            top.Height,
            $"{prefix}/{EncodePlan.MasterFile}",
            $"{prefix}/{EncodePlan.PosterFile}",
            variants.Select(v => new Rendition(v.Width, v.Height, v.Bandwidth, $"{prefix}/{v.Uri}")).ToList(),
            clock.Elapsed.TotalSeconds,
            DateTimeOffset.UtcNow)
        {
            PreviewPath = $"{prefix}/{EncodePlan.PreviewFile}",
            AudioPath = plan.HasAudio ? $"{prefix}/{EncodePlan.AudioFile}" : null,
        });
    }

    // ffmpeg can end well and still write nothing to an output, e.g. a poster time past the last frame.
    private static RuleViolation? MissingOutput(EncodePlan plan, string folder) =>
        plan.Files.FirstOrDefault(file => new FileInfo(Path.Combine(folder, file)) is not { Exists: true, Length: > 0 }) is { } missing
            ? new("encode", $"the encode finished without writing {missing}")
            : null;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string ProbeHint(string ffprobe) =>
        ffprobe.Contains("moov atom not found", StringComparison.Ordinal) ? ": it is incomplete (its MP4 index is missing), as when an upload or a recording is cut short"
        : ffprobe.Contains("Invalid data found", StringComparison.Ordinal) ? ": its contents are not in a format ffmpeg knows"
        : "";

    [LoggerMessage(LogLevel.Warning, "ffprobe could not read the upload of video {VideoId}: {Output}")]
    private static partial void LogProbeFailed(ILogger logger, string videoId, string output);

    [LoggerMessage(LogLevel.Warning, "Encoding video {VideoId} failed: {Reason}")]
    private static partial void LogEncodeFailed(ILogger logger, string videoId, string reason);
}
