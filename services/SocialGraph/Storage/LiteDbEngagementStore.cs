using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbEngagementStore : IEngagementStore
{
    private readonly LiteDbDatabase _db;

    public LiteDbEngagementStore(LiteDbDatabase db)
    {
        _db = db;
        LegacyUpgrade.Run(db);
        foreach (var name in new[] { Collections.Likes, Collections.Saves })
        {
            db.Collection<LikeRecord>(name).EnsureKeyIndex(nameof(LikeRecord.ByUser));
            db.Collection<LikeRecord>(name).EnsureKeyIndex(nameof(LikeRecord.ByVideo));
        }
    }

    public bool Publish(KnownVideo video, DateTime at) => _db.Write(t =>
    {
        var videos = t.Collection<KnownVideo>(Collections.Videos);
        if (videos.FindById(video.Id) is not null) return false;
        videos.Insert(video);
        UserWrites.Change(t, video.CreatorId, u => u.Videos++);
        foreach (var (original, kind) in new[] { (video.DuetOf, NotificationKinds.Duet), (video.StitchOf, NotificationKinds.Stitch) })
        {
            if (original is null || videos.FindById(original) is not { } source) continue;
            UserWrites.Notify(t, new NotificationRecord
            {
                Id = $"{kind}:{video.Id}", RecipientId = source.CreatorId, Kind = kind, ActorId = video.CreatorId, VideoId = video.Id, CreatedAt = at,
            });
        }
        return true;
    });

    public KnownVideo? FindVideo(string id) => _db.Collection<KnownVideo>(Collections.Videos).FindById(id);

    public void DeleteVideo(string id) => _db.Write(t =>
    {
        var videos = t.Collection<KnownVideo>(Collections.Videos);
        if (videos.FindById(id) is not { } video) return;
        videos.Delete(id);
        UserWrites.Change(t, video.CreatorId, u => { u.Videos--; u.Likes -= video.Likes; });
        var owner = System.Text.Encoding.UTF8.GetBytes(id);
        foreach (var name in new[] { Collections.Likes, Collections.Saves })
        {
            t.Collection<LikeRecord>(name).DeleteMany(LiteDB.BsonExpression.Create(
                $"$.{nameof(LikeRecord.ByVideo)} BETWEEN @0 AND @1", new LiteDB.BsonValue(SortKey.Start(owner, null)), new LiteDB.BsonValue(SortKey.End(owner))));
        }
        t.Collection<CommentRecord>(Collections.Comments).DeleteMany(c => c.VideoId == id);
        UserWrites.ForgetVideo(t, id);
    });

    public WriteOutcome Like(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        if (UserWrites.Blocked(t, userId, video.CreatorId)) return WriteOutcome.Blocked;
        if (!Exists(t, video.Id) || !Insert(t, Collections.Likes, userId, video.Id, at)) return WriteOutcome.Unchanged;
        var count = Count(t, video.Id, v => ++v.Likes);
        UserWrites.Change(t, video.CreatorId, u => u.Likes++);
        UserWrites.Notify(t, new NotificationRecord
        {
            Id = $"like:{userId}>{video.Id}", RecipientId = video.CreatorId, Kind = NotificationKinds.Like, ActorId = userId, VideoId = video.Id, CreatedAt = at,
        });
        t.Publish(new VideoLiked(video.Id, userId, video.CreatorId, count, at));
        return WriteOutcome.Changed;
    });

    public WriteOutcome Unlike(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        if (!t.Collection<LikeRecord>(Collections.Likes).Delete(LikeRecord.IdOf(userId, video.Id))) return WriteOutcome.Unchanged;
        var count = Count(t, video.Id, v => --v.Likes);
        UserWrites.Change(t, video.CreatorId, u => u.Likes--);
        t.Publish(new VideoUnliked(video.Id, userId, video.CreatorId, count, at));
        return WriteOutcome.Changed;
    });

    public bool Likes(string userId, string videoId) =>
        _db.Collection<LikeRecord>(Collections.Likes).FindById(LikeRecord.IdOf(userId, videoId)) is not null;

    public WriteOutcome Save(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        if (UserWrites.Blocked(t, userId, video.CreatorId)) return WriteOutcome.Blocked;
        if (!Exists(t, video.Id) || !Insert(t, Collections.Saves, userId, video.Id, at)) return WriteOutcome.Unchanged;
        t.Publish(new VideoSaved(video.Id, userId, video.CreatorId, Count(t, video.Id, v => ++v.Saves), at));
        return WriteOutcome.Changed;
    });

    public WriteOutcome Unsave(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        if (!t.Collection<LikeRecord>(Collections.Saves).Delete(LikeRecord.IdOf(userId, video.Id))) return WriteOutcome.Unchanged;
        t.Publish(new VideoUnsaved(video.Id, userId, video.CreatorId, Count(t, video.Id, v => --v.Saves), at));
        return WriteOutcome.Changed;
    });

    public IReadOnlyList<LikeRecord> ByUser(string userId, bool saves, (DateTime At, string VideoId)? after, int limit)
    {
        var owner = System.Text.Encoding.UTF8.GetBytes(userId);
        var from = SortKey.Start(owner, after is var (at, video) ? (at, System.Text.Encoding.UTF8.GetBytes(video)) : null);
        return Keyset.Range(_db.Collection<LikeRecord>(saves ? Collections.Saves : Collections.Likes), nameof(LikeRecord.ByUser), from, SortKey.End(owner), limit);
    }

    public IReadOnlyList<LikeRecord> RecentLikers(string videoId, int limit)
    {
        var owner = System.Text.Encoding.UTF8.GetBytes(videoId);
        return Keyset.Range(_db.Collection<LikeRecord>(Collections.Likes), nameof(LikeRecord.ByVideo), SortKey.Start(owner, null), SortKey.End(owner), limit);
    }

    public long View(KnownVideo video, string? userId, string? visitorId, int watchedMs, DateTime at) => _db.Write(t =>
    {
        var count = Count(t, video.Id, v => ++v.Views);
        t.Publish(new VideoViewed(Guid.CreateVersion7().ToString("N"), video.Id, userId, video.CreatorId, watchedMs, video.DurationMs, count, at) { VisitorId = visitorId });
        return count;
    });

    public long Share(KnownVideo video, string? userId, string? visitorId, string channel, DateTime at) => _db.Write(t =>
    {
        var count = Count(t, video.Id, v => ++v.Shares);
        t.Publish(new VideoShared(Guid.CreateVersion7().ToString("N"), video.Id, userId, video.CreatorId, channel, count, at) { VisitorId = visitorId });
        return count;
    });

    public bool NotInterested(string userId, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        var records = t.Collection<NotInterestedRecord>(Collections.NotInterested);
        var id = LikeRecord.IdOf(userId, video.Id);
        if (records.FindById(id) is not null) return false;
        records.Insert(new NotInterestedRecord { Id = id, CreatedAt = at });
        t.Publish(new NotInterested(userId, video.Id, video.CreatorId, at));
        return true;
    });

    private static bool Insert(LiteTransaction t, string collection, string userId, string videoId, DateTime at)
    {
        var records = t.Collection<LikeRecord>(collection);
        var id = LikeRecord.IdOf(userId, videoId);
        if (records.FindById(id) is not null) return false;
        records.Insert(new LikeRecord
        {
            Id = id, UserId = userId, VideoId = videoId, CreatedAt = at,
            ByUser = SortKey.Of(userId, at, videoId), ByVideo = SortKey.Of(videoId, at, userId),
        });
        return true;
    }

    // The caller found the video before the write; it may have been deleted since.
    private static bool Exists(LiteTransaction t, string videoId) => t.Collection<KnownVideo>(Collections.Videos).FindById(videoId) is not null;

    /// <summary>Changes one of the video's counts in the transaction and returns the total after it, for the event.</summary>
    private static long Count(LiteTransaction t, string videoId, Func<KnownVideo, long> change)
    {
        var videos = t.Collection<KnownVideo>(Collections.Videos);
        if (videos.FindById(videoId) is not { } video) return 0;
        var total = change(video);
        videos.Update(video);
        return total;
    }
}
