namespace ShortVideo.SocialGraph.Storage;

/// <summary>"Not interested" in a video; its id is "{user}>{video}".</summary>
public sealed class NotInterestedRecord
{
    public string Id { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
