namespace ShortVideo.Contracts;

/// <summary>An original was stored and awaits transcoding. Paths are keys in the shared media store.</summary>
public sealed record VideoUploaded(
    string VideoId,
    CreatorInfo Creator,
    string Caption,
    IReadOnlyList<string> Hashtags,
    string OriginalPath,
    DateTimeOffset UploadedAt)
{
    /// <summary>The edit to apply while transcoding: a sound, a duet or stitch, a template. Null for a plain post.</summary>
    public VideoEdit? Edit { get; init; }
}
