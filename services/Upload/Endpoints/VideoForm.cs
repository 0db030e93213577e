namespace ShortVideo.Upload.Endpoints;

/// <summary>The fields of a POST /api/videos, as read from the multipart body.</summary>
public sealed class VideoForm
{
    public const int MaxFieldLength = 4096;

    public string? Caption { get; set; }

    /// <summary>Where the file part was stored, once it was.</summary>
    public string? OriginalPath { get; set; }

    public long Bytes { get; set; }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public string? this[string name] => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>A true/false field; absent means <paramref name="absent"/>, anything else unreadable is null.</summary>
    public bool? Flag(string name, bool absent) => this[name] switch
    {
        null => absent,
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => null,
    };

    /// <summary>The form fields a client may send besides <c>file</c> and <c>caption</c>.</summary>
    public static readonly string[] Known =
    [
        "uploadId", "soundId", "soundMode", "duetOf", "stitchOf", "stitchStartMs", "stitchEndMs",
        "templateId", "templateParams", "allowDuet", "allowStitch",
    ];
}
