using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Storage;

public sealed class LiteDbFeedStore(LiteDbDatabase db) : IFeedStore
{
    private const string Videos = "videos";

    public IEnumerable<FeedVideo> All() => db.Collection<FeedVideo>(Videos).FindAll();

    public void Upsert(IReadOnlyCollection<FeedVideo> videos)
    {
        if (videos.Count > 0) db.Write(t => { t.Collection<FeedVideo>(Videos).Upsert(videos); });
    }

    public void Delete(string videoId) => db.Collection<FeedVideo>(Videos).Delete(videoId);
}
