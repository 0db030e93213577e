namespace ShortVideo.SocialGraph.Storage;

/// <summary>This service's copy of a published video: enough to accept likes and count a creator's videos.</summary>
public sealed class KnownVideo
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public long Likes { get; set; }

    public DateTime PublishedAt { get; set; }
}
