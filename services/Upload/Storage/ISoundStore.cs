namespace ShortVideo.Upload.Storage;

public interface ISoundStore
{
    void Add(SoundRecord sound);

    SoundRecord? Find(string id);

    /// <summary>The original sound made from a video, if one was made already (a redelivery makes none).</summary>
    SoundRecord? FromVideo(string videoId);

    long VideoCount(string soundId);

    /// <summary>Whether any video, ready or still being made, uses the sound.</summary>
    bool InUse(string soundId);

    void Delete(string id);

    /// <summary>Ready videos using the sound, newest first, strictly older than the cursor's (time, id).</summary>
    IReadOnlyList<VideoRecord> Videos(string soundId, (DateTime CreatedAt, string Id)? after, int limit);
}
