using ShortVideo.Contracts;

namespace ShortVideo.Transcode.Storage;

public interface ITranscodeJobStore
{
    bool IsFinished(string videoId);

    /// <summary>Records the job and publishes its outcome in one transaction.</summary>
    void Finish(TranscodeJob job, VideoTranscoded? transcoded, VideoTranscodeFailed? failed);
}
