using FFMpegCore;
using FFMpegCore.Enums;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>Runs a plan's single ffmpeg pass under a time limit and says which rule, if any, the run broke.</summary>
public static class FfmpegRun
{
    public static async Task<RuleViolation?> EncodeAsync(
        string input, EncodePlan plan, string outputFolder, TimeSpan duration, TimeSpan limit, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var result = await FFMpegArguments.FromFileInput(input)
            .OutputToFile(HlsArguments.OutputPattern(outputFolder), overwrite: true, o => o.WithCustomArgument(plan.Arguments(outputFolder)))
            // At "error" a healthy run prints only its status lines, so any other line is a problem.
            .WithLogLevel(FFMpegLogLevel.Error)
            .NotifyOnProgress(done => progress?.Report(duration > TimeSpan.Zero ? done / duration : 0))
            // No grace period: a stuck ffmpeg may never read the "q" it is sent first, and its output is thrown away anyway.
            .CancellableThrough(timeout.Token, TimeSpan.Zero)
            .ProcessAsynchronously(throwOnError: false);
        cancellationToken.ThrowIfCancellationRequested();
        if (result.Cancelled)
        {
            return new("timeout", $"encoding took longer than its limit of {HumanDuration.Format(limit)} and was stopped");
        }

        // Decoding is the source of every frame, so a damaged file shows here: ffmpeg still exits 0 on
        // a truncated mp4 and only prints the demuxer's and decoder's errors. Checking this run's
        // errors rather than decoding in a pass of its own costs nothing for the files that are whole,
        // nearly all of them; a damaged one wastes an encode before it is turned away.
        var problem = DecodeErrors.FirstProblem(result.StandardError);
        if (result.ExitCode != 0) return new("encode", "the video could not be encoded: " + (problem ?? $"ffmpeg exited with code {result.ExitCode}"));
        return problem is null ? null : new("corrupt", "the file is damaged or incomplete: " + problem);
    }
}
