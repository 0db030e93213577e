using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Transcode.Storage;

public sealed class LiteDbTranscodeJobStore(LiteDbDatabase db) : ITranscodeJobStore
{
    private const string Jobs = "jobs";

    public bool IsFinished(string videoId) => db.Collection<TranscodeJob>(Jobs).FindById(videoId) is not null;

    public void Finish(TranscodeJob job, VideoTranscoded? transcoded, VideoTranscodeFailed? failed) => db.Write(t =>
    {
        var jobs = t.Collection<TranscodeJob>(Jobs);
        if (jobs.FindById(job.Id) is not null) return;
        jobs.Insert(job);
        if (transcoded is not null) t.Publish(transcoded);
        if (failed is not null) t.Publish(failed);
    });
}
