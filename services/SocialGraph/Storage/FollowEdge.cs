namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// One follow edge, in about 40 bytes: the id packs (follower, followee) so an edge exists at most
/// once; <see cref="In"/> (followee, time, follower) and <see cref="Out"/> (follower, time, followee)
/// are the two <see cref="Domain.SortKey"/> indexes that page followers and following.
/// </summary>
public sealed class FollowEdge
{
    public long Id { get; set; }

    public byte[] In { get; set; } = [];

    public byte[] Out { get; set; } = [];

    public static long IdOf(int followerSeq, int followeeSeq) => ((long)followerSeq << 32) | (uint)followeeSeq;
}
