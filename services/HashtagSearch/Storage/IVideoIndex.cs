using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The search read model: one document per published video, holding the card served as is.
/// Writes are upserts keyed by video id, so a redelivered event changes nothing, and a write is
/// visible to the next read.
/// </summary>
public interface IVideoIndex
{
    /// <summary>
    /// Adds or replaces the video. Counters of an already indexed copy are kept: they come from
    /// engagement events, which a redelivered card must not undo. True when the video is new.
    /// </summary>
    bool Index(VideoCard card);

    /// <summary>Rewrites the counters of an indexed video; false when the video is not indexed.</summary>
    bool UpdateStats(string videoId, Func<CardStats, CardStats> change);

    VideoCard? Find(string videoId);

    /// <summary>Removes the video; false when it was not indexed.</summary>
    bool Delete(string videoId);

    /// <summary>Videos with a normalised tag, newest first, strictly older than the cursor's (time, id).</summary>
    IReadOnlyList<VideoCard> Tagged(string tag, (DateTime CreatedAt, string Id)? after, int limit);

    int CountTagged(string tag);

    /// <summary>Videos matching free text (captions, tags, handles), tolerant of typos, best first.</summary>
    IReadOnlyList<VideoCard> Search(string text, int offset, int limit);
}
