namespace ShortVideo.SocialGraph.Storage;

/// <summary>
/// This service's copy of a published video: the card (to list saved videos), who made it (for blocks,
/// notifications and profile counts), and the engagement counts it keeps.
/// </summary>
public sealed class KnownVideo
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public string Caption { get; set; } = "";

    public List<string> Hashtags { get; set; } = [];

    public string? SoundId { get; set; }

    public string? SoundTitle { get; set; }

    public int DurationMs { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string PlaylistUrl { get; set; } = "";

    public string PosterUrl { get; set; } = "";

    public string? DuetOf { get; set; }

    public string? StitchOf { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime PublishedAt { get; set; }

    public long Likes { get; set; }

    public long Saves { get; set; }

    public long Views { get; set; }

    public long Shares { get; set; }

    public long Comments { get; set; }
}
