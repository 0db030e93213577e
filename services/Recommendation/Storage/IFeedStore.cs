namespace ShortVideo.Recommendation.Storage;

/// <summary>The durable copy of the catalogue the in-memory <see cref="Domain.Catalog"/> is loaded from and snapshotted to.</summary>
public interface IFeedStore
{
    IEnumerable<FeedVideo> All();

    void Upsert(IReadOnlyCollection<FeedVideo> videos);

    void Delete(string videoId);
}
