using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbGraphStore : IGraphStore
{
    private readonly LiteDbDatabase _db;

    public LiteDbGraphStore(LiteDbDatabase db)
    {
        _db = db;
        LegacyUpgrade.Run(db);
        db.Collection<FollowEdge>(Collections.Follows).EnsureKeyIndex(nameof(FollowEdge.In));
        db.Collection<FollowEdge>(Collections.Follows).EnsureKeyIndex(nameof(FollowEdge.Out));
        db.Collection<BlockRecord>(Collections.Blocks).EnsureIndex(b => b.BlockerId);
        db.Collection<BlockRecord>(Collections.Blocks).EnsureIndex(b => b.BlockedId);
    }

    // The edge's id is the pair itself, and the check, the insert and the counts share one
    // transaction under the database's single writer: racing requests make one edge, counted once.
    public WriteOutcome Follow(UserRecord follower, UserRecord followee, DateTime at) => _db.Write(t =>
    {
        if (UserWrites.Blocked(t, follower.Id, followee.Id)) return WriteOutcome.Blocked;
        var follows = t.Collection<FollowEdge>(Collections.Follows);
        var id = FollowEdge.IdOf(follower.Seq, followee.Seq);
        if (follows.FindById(id) is not null) return WriteOutcome.Unchanged;
        follows.Insert(new FollowEdge { Id = id, In = SortKey.Of(followee.Seq, at, follower.Seq), Out = SortKey.Of(follower.Seq, at, followee.Seq) });
        UserWrites.Change(t, follower.Id, u => u.Following++);
        UserWrites.Change(t, followee.Id, u => u.Followers++);
        UserWrites.Notify(t, new NotificationRecord
        {
            Id = $"follow:{follower.Id}>{followee.Id}", RecipientId = followee.Id, Kind = NotificationKinds.Follow, ActorId = follower.Id, CreatedAt = at,
        });
        t.Publish(new UserFollowed(follower.Id, followee.Id, at));
        return WriteOutcome.Changed;
    });

    public WriteOutcome Unfollow(UserRecord follower, UserRecord followee, DateTime at) =>
        _db.Write(t => RemoveEdge(t, follower, followee, at) ? WriteOutcome.Changed : WriteOutcome.Unchanged);

    public bool IsFollowing(int followerSeq, int followeeSeq) =>
        _db.Collection<FollowEdge>(Collections.Follows).FindById(FollowEdge.IdOf(followerSeq, followeeSeq)) is not null;

    public IReadOnlyList<Edge> Edges(int seq, bool incoming, Edge? after, int limit)
    {
        var owner = SortKey.Int(seq);
        var from = SortKey.Start(owner, after is { } a ? (a.At, SortKey.Int(a.Seq)) : null);
        var field = incoming ? nameof(FollowEdge.In) : nameof(FollowEdge.Out);
        return Keyset.Range(_db.Collection<FollowEdge>(Collections.Follows), field, from, SortKey.End(owner), limit)
            .Select(e => incoming ? e.In : e.Out)
            .Select(key => new Edge(SortKey.IntOf(SortKey.ItemOf(key, owner.Length)), SortKey.TimeOf(key, owner.Length)))
            .ToList();
    }

    public WriteOutcome Block(UserRecord blocker, UserRecord blocked, DateTime at) => _db.Write(t =>
    {
        var blocks = t.Collection<BlockRecord>(Collections.Blocks);
        var id = BlockRecord.IdOf(blocker.Id, blocked.Id);
        if (blocks.FindById(id) is not null) return WriteOutcome.Unchanged;
        blocks.Insert(new BlockRecord { Id = id, BlockerId = blocker.Id, BlockedId = blocked.Id, CreatedAt = at });
        RemoveEdge(t, blocker, blocked, at);
        RemoveEdge(t, blocked, blocker, at);
        UserWrites.Forget(t, blocker.Id, blocked.Id);
        UserWrites.Forget(t, blocked.Id, blocker.Id);
        t.Publish(new UserBlocked(blocker.Id, blocked.Id, at));
        return WriteOutcome.Changed;
    });

    public WriteOutcome Unblock(UserRecord blocker, UserRecord blocked, DateTime at) => _db.Write(t =>
    {
        if (!t.Collection<BlockRecord>(Collections.Blocks).Delete(BlockRecord.IdOf(blocker.Id, blocked.Id))) return WriteOutcome.Unchanged;
        t.Publish(new UserUnblocked(blocker.Id, blocked.Id, at));
        return WriteOutcome.Changed;
    });

    public bool HasBlocked(string blockerId, string blockedId) =>
        _db.Collection<BlockRecord>(Collections.Blocks).FindById(BlockRecord.IdOf(blockerId, blockedId)) is not null;

    public IReadOnlySet<string> HiddenFrom(string userId)
    {
        var blocks = _db.Collection<BlockRecord>(Collections.Blocks);
        return blocks.Find(b => b.BlockerId == userId).Select(b => b.BlockedId)
            .Concat(blocks.Find(b => b.BlockedId == userId).Select(b => b.BlockerId))
            .ToHashSet();
    }

    public void Import(IEnumerable<(int FollowerSeq, int FolloweeSeq, DateTime At)> edges)
    {
        var followers = new Dictionary<int, long>();
        var following = new Dictionary<int, long>();
        var docs = edges.Select(e =>
        {
            followers[e.FolloweeSeq] = followers.GetValueOrDefault(e.FolloweeSeq) + 1;
            following[e.FollowerSeq] = following.GetValueOrDefault(e.FollowerSeq) + 1;
            return new FollowEdge { Id = FollowEdge.IdOf(e.FollowerSeq, e.FolloweeSeq), In = SortKey.Of(e.FolloweeSeq, e.At, e.FollowerSeq), Out = SortKey.Of(e.FollowerSeq, e.At, e.FolloweeSeq) };
        });
        _db.Collection<FollowEdge>(Collections.Follows).InsertBulk(docs, batchSize: 20_000);
        var users = _db.Collection<UserRecord>(Collections.Users);
        var changed = users.FindAll().Where(u => followers.ContainsKey(u.Seq) || following.ContainsKey(u.Seq)).ToList();
        foreach (var user in changed)
        {
            user.Followers += followers.GetValueOrDefault(user.Seq);
            user.Following += following.GetValueOrDefault(user.Seq);
        }
        users.Update(changed);
    }

    private static bool RemoveEdge(LiteTransaction t, UserRecord follower, UserRecord followee, DateTime at)
    {
        if (!t.Collection<FollowEdge>(Collections.Follows).Delete(FollowEdge.IdOf(follower.Seq, followee.Seq))) return false;
        UserWrites.Change(t, follower.Id, u => u.Following--);
        UserWrites.Change(t, followee.Id, u => u.Followers--);
        t.Publish(new UserUnfollowed(follower.Id, followee.Id, at));
        return true;
    }
}
