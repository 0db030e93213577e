namespace ShortVideo.Upload.Storage;

/// <summary>The upload service's own document for a video: the source of truth for its status and card.</summary>
public sealed class VideoRecord
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public string CreatorHandle { get; set; } = "";

    public string CreatorDisplayName { get; set; } = "";

    public string Caption { get; set; } = "";

    public List<string> Hashtags { get; set; } = [];

    public string Status { get; set; } = VideoStatus.Processing;

    public string? FailureReason { get; set; }

    public string OriginalPath { get; set; } = "";

    /// <summary>Encode progress from 0 to 1 while processing.</summary>
    public double? Progress { get; set; }

    public string? SoundId { get; set; }

    public string? SoundTitle { get; set; }

    public string? DuetOf { get; set; }

    public string? StitchOf { get; set; }

    public string? TemplateId { get; set; }

    /// <summary>The creator's choice to let others duet or stitch this video.</summary>
    public bool AllowDuet { get; set; } = true;

    public bool AllowStitch { get; set; } = true;

    public string? PreviewPath { get; set; }

    public int DurationMs { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string? MasterPlaylistPath { get; set; }

    public string? PosterPath { get; set; }

    public List<RenditionRecord> Renditions { get; set; } = [];

    public long Views { get; set; }

    public long Likes { get; set; }

    public long Comments { get; set; }

    public long Shares { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadyAt { get; set; }
}
