namespace ShortVideo.SocialGraph.Storage;

/// <summary>One like; its id is "{user}>{video}", so a user likes a video at most once.</summary>
public sealed class LikeRecord
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public string VideoId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public static string IdOf(string userId, string videoId) => $"{userId}>{videoId}";
}
