using ShortVideo.ServiceDefaults.Http;
using LiteDB;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Storage;

public sealed class LiteDbFeedStore : IFeedStore
{
    private const string Videos = "videos";
    private const string Follows = "follows";
    private readonly LiteDbDatabase _db;

    public LiteDbFeedStore(LiteDbDatabase db)
    {
        _db = db;
        db.Collection<FeedVideo>(Videos).EnsureIndex(v => v.CreatedAt);
        db.Collection<FeedVideo>(Videos).EnsureIndex(v => v.CreatorId);
        db.Collection<FollowEdge>(Follows).EnsureIndex(f => f.FollowerId);
    }

    public void UpsertVideo(FeedVideo video) => _db.Write(t =>
    {
        var videos = t.Collection<FeedVideo>(Videos);
        video.Likes = Math.Max(video.Likes, videos.FindById(video.Id)?.Likes ?? 0);
        videos.Upsert(video);
    });

    public void SetLikes(string videoId, long likes) => _db.Write(t =>
    {
        var videos = t.Collection<FeedVideo>(Videos);
        if (videos.FindById(videoId) is { } video)
        {
            video.Likes = likes;
            videos.Update(video);
        }
    });

    public void DeleteVideo(string videoId) => _db.Collection<FeedVideo>(Videos).Delete(videoId);

    public void Follow(string followerId, string followeeId) =>
        _db.Collection<FollowEdge>(Follows).Upsert(new FollowEdge { Id = $"{followerId}>{followeeId}", FollowerId = followerId, FolloweeId = followeeId });

    public void Unfollow(string followerId, string followeeId) => _db.Collection<FollowEdge>(Follows).Delete($"{followerId}>{followeeId}");

    public IReadOnlySet<string> Followees(string userId) =>
        _db.Collection<FollowEdge>(Follows).Find(f => f.FollowerId == userId).Select(f => f.FolloweeId).ToHashSet();

    public IReadOnlyList<FeedVideo> Newest(int limit) =>
        _db.Collection<FeedVideo>(Videos).Query().OrderByDescending(v => v.CreatedAt).Limit(limit).ToList();

    public IReadOnlyList<FeedVideo> ByCreators(IReadOnlySet<string> creatorIds, (DateTime At, string Id)? after, int limit)
    {
        if (creatorIds.Count == 0) return [];
        var query = _db.Collection<FeedVideo>(Videos).Query().Where(Query.In("CreatorId", creatorIds.Select(id => new BsonValue(id))));
        if (after is var (at, _)) query = query.Where(v => v.CreatedAt <= at);
        return Paging.After(query.OrderByDescending(v => v.CreatedAt).Limit(limit + Paging.TieSlack).ToList(), v => v.CreatedAt, v => v.Id, after, limit);
    }
}
