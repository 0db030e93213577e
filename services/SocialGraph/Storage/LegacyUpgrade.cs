using LiteDB;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// Brings a database written before follow edges were keyed by user numbers up to date, once, at start:
/// users get their <see cref="UserRecord.Seq"/>, follow documents ("{follower}>{followee}" ids) become
/// <see cref="FollowEdge"/>s, likes get their sort keys, and the counts kept on users are computed.
/// A database that has the number index already is left alone.
/// </summary>
internal static class LegacyUpgrade
{
    public static void Run(LiteDbDatabase db)
    {
        var database = db.Database;
        if (database.GetCollection("$indexes").Exists(BsonExpression.Create("collection = @0 AND name = @1", Collections.Users, nameof(UserRecord.Seq)))) return;
        db.Write(t =>
        {
            var users = t.Collection<UserRecord>(Collections.Users).FindAll().OrderBy(u => u.CreatedAt).ToList();
            var seqs = new Dictionary<string, int>();
            foreach (var user in users)
            {
                user.Seq = seqs[user.Id] = seqs.Count + 1;
                user.Followers = user.Following = user.Videos = user.Likes = 0;
            }
            var byId = users.ToDictionary(u => u.Id);
            UpgradeFollows(t, seqs, byId);
            UpgradeLikes(t);
            foreach (var video in t.Collection<KnownVideo>(Collections.Videos).FindAll())
            {
                if (!byId.TryGetValue(video.CreatorId, out var creator)) continue;
                creator.Videos++;
                creator.Likes += video.Likes;
            }
            t.Collection<UserRecord>(Collections.Users).Update(users);
        });
    }

    private static void UpgradeFollows(LiteTransaction t, Dictionary<string, int> seqs, Dictionary<string, UserRecord> users)
    {
        var raw = t.Database.GetCollection(Collections.Follows);
        var legacy = raw.Find(BsonExpression.Create("$.FollowerId != null")).ToList();
        var edges = t.Collection<FollowEdge>(Collections.Follows);
        foreach (var doc in legacy)
        {
            raw.Delete(doc["_id"]);
            if (!seqs.TryGetValue(doc["FollowerId"].AsString, out var follower) || !seqs.TryGetValue(doc["FolloweeId"].AsString, out var followee)) continue;
            var at = doc["CreatedAt"].AsDateTime;
            edges.Insert(new FollowEdge { Id = FollowEdge.IdOf(follower, followee), In = SortKey.Of(followee, at, follower), Out = SortKey.Of(follower, at, followee) });
            users[doc["FollowerId"].AsString].Following++;
            users[doc["FolloweeId"].AsString].Followers++;
        }
    }

    private static void UpgradeLikes(LiteTransaction t)
    {
        var likes = t.Collection<LikeRecord>(Collections.Likes);
        var unkeyed = likes.FindAll().Where(l => l.ByUser.Length == 0).ToList();
        foreach (var like in unkeyed)
        {
            like.ByUser = SortKey.Of(like.UserId, like.CreatedAt, like.VideoId);
            like.ByVideo = SortKey.Of(like.VideoId, like.CreatedAt, like.UserId);
        }
        likes.Update(unkeyed);
    }
}
