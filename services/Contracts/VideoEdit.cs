namespace ShortVideo.Contracts;

/// <summary>
/// What the creator asked to apply while the video is encoded. Paths are keys in the shared
/// media store, resolved by the upload service so that transcode never reads another's records.
/// </summary>
public sealed record VideoEdit
{
    /// <summary>A sound to use as the audio track.</summary>
    public string? SoundId { get; init; }

    public string? SoundPath { get; init; }

    /// <summary>"replace" the clip's own audio, or "mix" the sound under it.</summary>
    public string? SoundMode { get; init; }

    /// <summary>Duet: the original video's source, placed side by side with the new clip.</summary>
    public string? DuetOfId { get; init; }

    public string? DuetOfPath { get; init; }

    /// <summary>Stitch: a part of the original (at most 5 s) played before the new clip.</summary>
    public string? StitchOfId { get; init; }

    public string? StitchOfPath { get; init; }

    public int? StitchStartMs { get; init; }

    public int? StitchEndMs { get; init; }

    public string? TemplateId { get; init; }

    public IReadOnlyDictionary<string, string>? TemplateParameters { get; init; }
}
