namespace ShortVideo.SocialGraph.Storage;

/// <summary>The follow graph and blocks. Each write checks, changes, counts and publishes in one transaction.</summary>
public interface IGraphStore
{
    WriteOutcome Follow(UserRecord follower, UserRecord followee, DateTime at);

    WriteOutcome Unfollow(UserRecord follower, UserRecord followee, DateTime at);

    bool IsFollowing(int followerSeq, int followeeSeq);

    /// <summary>Followers (<paramref name="incoming"/>) or followees of a user, newest first, strictly after the cursor.</summary>
    IReadOnlyList<Edge> Edges(int seq, bool incoming, Edge? after, int limit);

    /// <summary>Removes follows both ways, publishing their <c>UserUnfollowed</c> events and then <c>UserBlocked</c>.</summary>
    WriteOutcome Block(UserRecord blocker, UserRecord blocked, DateTime at);

    WriteOutcome Unblock(UserRecord blocker, UserRecord blocked, DateTime at);

    bool HasBlocked(string blockerId, string blockedId);

    /// <summary>Everyone this user blocked or was blocked by: hidden from each other everywhere.</summary>
    IReadOnlySet<string> HiddenFrom(string userId);

    /// <summary>Loads edges in bulk (benchmarks and imports): no events, no notifications, and the users' counts recomputed.</summary>
    void Import(IEnumerable<(int FollowerSeq, int FolloweeSeq, DateTime At)> edges);
}
