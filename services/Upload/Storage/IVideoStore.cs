using ShortVideo.Contracts;

namespace ShortVideo.Upload.Storage;

/// <summary>The upload service's documents. Each write that causes an event stores it in the same transaction.</summary>
public interface IVideoStore
{
    void Create(VideoRecord video, VideoUploaded uploaded);

    VideoRecord? Find(string id);

    /// <summary>Ready videos of one creator, newest first, strictly older than the cursor's (time, id).</summary>
    IReadOnlyList<VideoRecord> ReadyByCreator(string handle, (DateTime CreatedAt, string Id)? after, int limit);

    /// <summary>
    /// Marks the video ready, stores its original sound (when it has one and uses no other), and
    /// publishes its card; false when it was not processing (a redelivery, or deleted).
    /// </summary>
    bool MarkReady(string id, VideoTranscoded transcoded, SoundRecord? originalSound, Func<VideoRecord, VideoPublished> card);

    bool MarkFailed(string id, string reason);

    void SetLikes(string id, long likes);

    void SetProgress(string id, double progress);

    /// <summary>Removes the record and publishes <see cref="VideoDeleted"/> in one transaction.</summary>
    void Delete(string id, VideoDeleted deleted);
}
