using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Transcode.Encoding;
using ShortVideo.Transcode.Storage;

namespace ShortVideo.Transcode.Consumers;

/// <summary>
/// Encodes an uploaded original. A job already finished (a redelivery) is not encoded again;
/// its outcome was published with the job record.
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

        TranscodeOutcome outcome;
        using (metrics.Started())
        {
            outcome = await encoder.EncodeAsync(video, context.CancellationToken);
        }
        var job = new TranscodeJob { Id = video.VideoId, FinishedAt = DateTime.UtcNow };
        if (outcome.Transcoded is { } transcoded)
        {
            job.Outcome = "ready";
            job.EncodeSeconds = transcoded.EncodeSeconds;
            jobs.Finish(job, transcoded, null);
            metrics.Succeeded(transcoded.EncodeSeconds, transcoded.DurationMs / 1000.0);
        }
        else
        {
            job.Outcome = "failed";
            job.Reason = outcome.FailureReason;
            jobs.Finish(job, null, new VideoTranscodeFailed(video.VideoId, outcome.FailureReason!, DateTimeOffset.UtcNow));
            metrics.Failed(outcome.FailureRule!);
            LogRejected(logger, video.VideoId, outcome.FailureReason!);
        }
    }

    [LoggerMessage(LogLevel.Information, "Video {VideoId} was already transcoded; skipping")]
    private static partial void LogAlreadyDone(ILogger logger, string videoId);

    [LoggerMessage(LogLevel.Information, "Video {VideoId} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string videoId, string reason);
}
