namespace ShortVideo.Recommendation.Storage;

/// <summary>
/// The recommender's own copy of a published video's card and its engagement totals, kept from
/// events. Counts carried by events (views, likes, ...) are absolute; the completion sum and the
/// decayed heat are accumulated here (the inbox makes each event count once).
/// </summary>
public sealed class FeedVideo
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public string CreatorHandle { get; set; } = "";

    public string CreatorDisplayName { get; set; } = "";

    /// <summary>When the creator's handle and name above last changed (<c>UserProfileUpdated</c>); the earliest time until then.</summary>
    public DateTime CreatorChangedAt { get; set; }

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

    public DateTime CreatedAt { get; set; }

    public long Views { get; set; }

    /// <summary>Sum of watched/duration over the views this replica heard of (each capped at 1).</summary>
    public double CompletionSum { get; set; }

    public long Likes { get; set; }

    public long Shares { get; set; }

    public long Comments { get; set; }

    public long Saves { get; set; }

    /// <summary>Views that ended in a completion, like, save or share: the item's positive interactions.</summary>
    public long Positives { get; set; }

    /// <summary>Engagement decayed with a half-life: the trending signal, valid at <see cref="HeatAt"/>.</summary>
    public double Heat { get; set; }

    public DateTime HeatAt { get; set; }
}
