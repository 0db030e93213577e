using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbSocialStore : ISocialStore
{
    private const string Users = "users";
    private const string Follows = "follows";
    private const string Likes = "likes";
    private const string Videos = "videos";
    private readonly LiteDbDatabase _db;

    public LiteDbSocialStore(LiteDbDatabase db)
    {
        _db = db;
        db.Collection<UserRecord>(Users).EnsureIndex(u => u.Handle, unique: true);
        db.Collection<FollowRecord>(Follows).EnsureIndex(f => f.FollowerId);
        db.Collection<FollowRecord>(Follows).EnsureIndex(f => f.FolloweeId);
        db.Collection<LikeRecord>(Likes).EnsureIndex(l => l.VideoId);
        db.Collection<KnownVideo>(Videos).EnsureIndex(v => v.CreatorId);
    }

    public bool Register(UserRecord user, UserRegistered registered) => _db.Write(t =>
    {
        var users = t.Collection<UserRecord>(Users);
        if (users.Exists(u => u.Handle == user.Handle)) return false;
        users.Insert(user);
        t.Publish(registered);
        return true;
    });

    public UserRecord? FindByHandle(string handle) => _db.Collection<UserRecord>(Users).FindOne(u => u.Handle == handle);

    public UserRecord? FindById(string id) => _db.Collection<UserRecord>(Users).FindById(id);

    public void UpdateProfile(UserRecord user) => _db.Write(t => t.Collection<UserRecord>(Users).Update(user));

    public ProfileStats Stats(string userId)
    {
        var follows = _db.Collection<FollowRecord>(Follows);
        var videos = _db.Collection<KnownVideo>(Videos).Find(v => v.CreatorId == userId).ToList();
        return new ProfileStats(
            follows.Count(f => f.FolloweeId == userId),
            follows.Count(f => f.FollowerId == userId),
            videos.Count,
            videos.Sum(v => v.Likes));
    }

    public bool Follow(string followerId, string followeeId, DateTime at) => _db.Write(t =>
    {
        var follows = t.Collection<FollowRecord>(Follows);
        var id = FollowRecord.IdOf(followerId, followeeId);
        if (follows.FindById(id) is not null) return false;
        follows.Insert(new FollowRecord { Id = id, FollowerId = followerId, FolloweeId = followeeId, CreatedAt = at });
        t.Publish(new UserFollowed(followerId, followeeId, at));
        return true;
    });

    public bool Unfollow(string followerId, string followeeId, DateTime at) => _db.Write(t =>
    {
        if (!t.Collection<FollowRecord>(Follows).Delete(FollowRecord.IdOf(followerId, followeeId))) return false;
        t.Publish(new UserUnfollowed(followerId, followeeId, at));
        return true;
    });

    public bool IsFollowing(string followerId, string followeeId) =>
        _db.Collection<FollowRecord>(Follows).FindById(FollowRecord.IdOf(followerId, followeeId)) is not null;

    public IReadOnlyList<FollowRecord> Edges(string userId, bool followers, (DateTime At, string Id)? after, int limit)
    {
        var query = _db.Collection<FollowRecord>(Follows).Query();
        query = followers ? query.Where(f => f.FolloweeId == userId) : query.Where(f => f.FollowerId == userId);
        if (after is var (at, _)) query = query.Where(f => f.CreatedAt <= at);
        return Paging.After(query.OrderByDescending(f => f.CreatedAt).Limit(limit + Paging.TieSlack).ToList(), f => f.CreatedAt, f => f.Id, after, limit);
    }

    public void UpsertVideo(KnownVideo video) => _db.Write(t =>
    {
        var videos = t.Collection<KnownVideo>(Videos);
        var existing = videos.FindById(video.Id);
        video.Likes = existing?.Likes ?? t.Collection<LikeRecord>(Likes).Count(l => l.VideoId == video.Id);
        videos.Upsert(video);
    });

    public KnownVideo? FindVideo(string id) => _db.Collection<KnownVideo>(Videos).FindById(id);

    public void DeleteVideo(string id) => _db.Write(t =>
    {
        t.Collection<KnownVideo>(Videos).Delete(id);
        t.Collection<LikeRecord>(Likes).DeleteMany(l => l.VideoId == id);
    });

    public bool Like(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        var likes = t.Collection<LikeRecord>(Likes);
        var id = LikeRecord.IdOf(userId, video.Id);
        if (likes.FindById(id) is not null) return false;
        likes.Insert(new LikeRecord { Id = id, UserId = userId, VideoId = video.Id, CreatedAt = at });
        var count = SetLikeCount(t, video.Id);
        t.Publish(new VideoLiked(video.Id, userId, video.CreatorId, count, at));
        return true;
    });

    public bool Unlike(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        if (!t.Collection<LikeRecord>(Likes).Delete(LikeRecord.IdOf(userId, video.Id))) return false;
        var count = SetLikeCount(t, video.Id);
        t.Publish(new VideoUnliked(video.Id, userId, video.CreatorId, count, at));
        return true;
    });

    private static long SetLikeCount(LiteTransaction t, string videoId)
    {
        var count = t.Collection<LikeRecord>(Likes).LongCount(l => l.VideoId == videoId);
        var videos = t.Collection<KnownVideo>(Videos);
        if (videos.FindById(videoId) is { } video)
        {
            video.Likes = count;
            videos.Update(video);
        }
        return count;
    }
}
