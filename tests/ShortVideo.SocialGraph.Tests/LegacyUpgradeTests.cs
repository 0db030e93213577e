using LiteDB;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Tests;

public sealed class LegacyUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-social-legacy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_database_from_before_numbered_users_keeps_its_follows_likes_and_counts()
    {
        var path = Path.Combine(_folder, "social-graph.db");
        var at = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        using (var old = new LiteDatabase(path))
        {
            old.GetCollection("users").Insert(new[] { "ana", "ben" }.Select((h, i) => new BsonDocument { ["_id"] = h + "-id", ["Handle"] = h, ["DisplayName"] = h, ["CreatedAt"] = at.AddMinutes(i) }));
            old.GetCollection("follows").Insert(new BsonDocument { ["_id"] = "ana-id>ben-id", ["FollowerId"] = "ana-id", ["FolloweeId"] = "ben-id", ["CreatedAt"] = at });
            old.GetCollection("videos").Insert(new BsonDocument { ["_id"] = "v1", ["CreatorId"] = "ben-id", ["Likes"] = 1L });
            old.GetCollection("likes").Insert(new BsonDocument { ["_id"] = "ana-id>v1", ["UserId"] = "ana-id", ["VideoId"] = "v1", ["CreatedAt"] = at });
        }

        using var db = new LiteDbDatabase(path, new OutboxSignal());
        var accounts = new LiteDbAccountStore(db);
        var graph = new LiteDbGraphStore(db);
        var engagement = new LiteDbEngagementStore(db);

        var (ana, ben) = (accounts.FindById("ana-id")!, accounts.FindById("ben-id")!);
        Assert.Equal((1, 2), (ana.Seq, ben.Seq));
        Assert.True(graph.IsFollowing(ana.Seq, ben.Seq));
        Assert.Equal([new Edge(ana.Seq, at)], graph.Edges(ben.Seq, incoming: true, null, 10));
        Assert.Equal((1L, 1L, 1L), (ben.Followers, ben.Videos, ben.Likes));
        Assert.Equal(1, ana.Following);
        Assert.Equal(["v1"], engagement.ByUser("ana-id", saves: false, null, 10).Select(l => l.VideoId));
        Assert.Equal(accounts.FindById("ana-id")!.Seq, new LiteDbAccountStore(db).FindBySeq(1)!.Seq);
    }
}
