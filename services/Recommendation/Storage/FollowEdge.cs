namespace ShortVideo.Recommendation.Storage;

/// <summary>The recommender's copy of one follow edge; id "{follower}>{followee}".</summary>
public sealed class FollowEdge
{
    public string Id { get; set; } = "";

    public string FollowerId { get; set; } = "";

    public string FolloweeId { get; set; } = "";
}
