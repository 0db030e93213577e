namespace ShortVideo.SocialGraph.Storage;

/// <summary>One follow edge; its id is "{follower}>{followee}", so an edge exists at most once.</summary>
public sealed class FollowRecord
{
    public string Id { get; set; } = "";

    public string FollowerId { get; set; } = "";

    public string FolloweeId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public static string IdOf(string followerId, string followeeId) => $"{followerId}>{followeeId}";
}
