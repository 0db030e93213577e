namespace ShortVideo.Upload.Storage;

/// <summary>A reusable sound: music a creator uploaded, or a video's own audio ("original sound - @handle").</summary>
public sealed class SoundRecord
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string OwnerHandle { get; set; } = "";

    public int DurationMs { get; set; }

    /// <summary>The normalised audio (AAC in MP4) in the media store.</summary>
    public string AudioPath { get; set; } = "";

    /// <summary>The video whose audio this is, for an original sound.</summary>
    public string? SourceVideoId { get; set; }

    public DateTime CreatedAt { get; set; }
}
