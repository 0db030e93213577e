using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Transcode.Encoding;
using ShortVideo.Transcode.Storage;

namespace ShortVideo.Transcode.Consumers;

/// <summary>
/// Encodes an uploaded original, publishing its progress on the way. A job already finished (a
/// redelivery) is not encoded again; its outcome was published with the job record.
/// </summary>
public sealed partial class VideoUploadedConsumer(
    HlsEncoder encoder, ITranscodeJobStore jobs, TranscodeMetrics metrics, ILogger<VideoUploadedConsumer> logger) : IConsumer<VideoUploaded>
{
    public async Task Consume(ConsumeContext<VideoUploaded> context)
    {
        var video = context.Message;
        if (jobs.IsFinished(video.VideoId))
        {
            LogAlreadyDone(logger, video.VideoId);
            return;
        }

        // Progress goes straight to the bus and is flushed first, so no progress event trails the outcome.
        var progress = new ProgressPublisher((value, limit) =>
            context.Publish(new VideoTranscodeProgressed(video.VideoId, value, DateTimeOffset.UtcNow), limit));
        TranscodeOutcome outcome;
        using (metrics.Started())
        {
            outcome = await encoder.EncodeAsync(video, progress, context.CancellationToken);
        }
        await progress.FlushAsync();
        Record(video.VideoId, outcome);
    }

    private void Record(string videoId, TranscodeOutcome outcome)
    {
        var job = new TranscodeJob { Id = videoId, FinishedAt = DateTime.UtcNow, Worker = $"{Environment.MachineName}:{Environment.ProcessId}" };
        if (outcome.Transcoded is { } transcoded)
        {
            job.Outcome = "ready";
            job.EncodeSeconds = transcoded.EncodeSeconds;
            jobs.Finish(job, transcoded, null);
            metrics.Succeeded(transcoded.EncodeSeconds, transcoded.DurationMs / 1000.0);
            LogTranscoded(logger, videoId, transcoded.EncodeSeconds);
            return;
        }
        job.Outcome = "failed";
        job.Reason = outcome.FailureMessage;
        jobs.Finish(job, null, new VideoTranscodeFailed(videoId, outcome.FailureMessage!, DateTimeOffset.UtcNow));
        metrics.Failed(outcome.FailureRule!);
        LogRejected(logger, videoId, outcome.FailureMessage!);
    }

    [LoggerMessage(LogLevel.Information, "Video {VideoId} was already transcoded; skipping")]
    private static partial void LogAlreadyDone(ILogger logger, string videoId);

    [LoggerMessage(LogLevel.Information, "Video {VideoId} transcoded in {EncodeSeconds:F1} s")]
    private static partial void LogTranscoded(ILogger logger, string videoId, double encodeSeconds);

    [LoggerMessage(LogLevel.Information, "Video {VideoId} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string videoId, string reason);
}
