using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The search index, a projection of the service's own store (<see cref="DiscoveryStore"/>) that can
/// always be rebuilt from it. Writes are upserts keyed by kind and id, so writing the same state
/// twice changes nothing, and a write is visible to the next read. <paramref name="hidden"/>
/// arguments are creator (or user) ids the reader must not see: block pairs.
/// </summary>
public interface IVideoIndex
{
    void Upsert(IReadOnlyCollection<IndexDocument> documents);

    void DeleteVideo(string videoId);

    VideoCard? FindVideo(string videoId);

    HashtagDocument? FindHashtag(string tag);

    /// <summary>Videos with a normalised tag, newest first, strictly older than the cursor's (time, id).</summary>
    IReadOnlyList<VideoCard> Recent(string tag, (DateTime CreatedAt, string Id)? after, int limit, IReadOnlySet<string> hidden);

    /// <summary>Videos with a normalised tag by engagement with time decay (<see cref="Domain.Ranking.Hot"/>).</summary>
    IReadOnlyList<VideoCard> Top(string tag, int offset, int limit, IReadOnlySet<string> hidden);

    /// <summary>Hashtags whose folded form (<see cref="Domain.TextFolding"/>) starts with the folded prefix, most videos first.</summary>
    IReadOnlyList<HashtagDocument> Suggest(string foldedPrefix, int limit);

    /// <summary>Videos matching free text (captions, tags, handles, names, sound titles), typo-tolerant, best first.</summary>
    IReadOnlyList<VideoCard> SearchVideos(string text, int offset, int limit, IReadOnlySet<string> hidden);

    IReadOnlyList<UserDocument> SearchUsers(string text, int offset, int limit, IReadOnlySet<string> hidden);

    IReadOnlyList<HashtagDocument> SearchHashtags(string text, int offset, int limit);

    IReadOnlyList<SoundDocument> SearchSounds(string text, int offset, int limit);

    /// <summary>
    /// Starts an empty index beside the live one. Until it completes, every write also goes to it;
    /// completing swaps it in atomically while reads continue, and the old one is dropped.
    /// </summary>
    IIndexRebuild BeginRebuild();
}

/// <summary>A new index being filled; disposing it without completing abandons it.</summary>
public interface IIndexRebuild : IDisposable
{
    /// <summary>Writes documents from the source, each (kind, id) at most once per rebuild: adapters may add rather than update.</summary>
    void Upsert(IReadOnlyCollection<IndexDocument> documents);

    void Complete();
}
