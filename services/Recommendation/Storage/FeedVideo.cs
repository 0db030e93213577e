namespace ShortVideo.Recommendation.Storage;

/// <summary>The recommender's own copy of a published video's card, kept from events.</summary>
public sealed class FeedVideo
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public string CreatorHandle { get; set; } = "";

    public string CreatorDisplayName { get; set; } = "";

    public string Caption { get; set; } = "";

    public List<string> Hashtags { get; set; } = [];

    public int DurationMs { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string PlaylistUrl { get; set; } = "";

    public string PosterUrl { get; set; } = "";

    public string? SoundId { get; set; }

    public string? SoundTitle { get; set; }

    public string? DuetOf { get; set; }

    public string? StitchOf { get; set; }

    public long Likes { get; set; }

    public DateTime CreatedAt { get; set; }
}
