namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// One like or save of a video (the same shape in two collections); its id is "{user}>{video}", so a user
/// likes a video at most once. <see cref="ByUser"/> pages a user's likes or saves, newest first;
/// <see cref="ByVideo"/> finds a video's recent likers.
/// </summary>
public sealed class LikeRecord
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public string VideoId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public byte[] ByUser { get; set; } = [];

    public byte[] ByVideo { get; set; } = [];

    public static string IdOf(string userId, string videoId) => $"{userId}>{videoId}";
}
