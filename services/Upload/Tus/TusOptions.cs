namespace ShortVideo.Upload.Tus;

/// <summary>
/// Bound from <c>Upload:Tus</c>. The size limit is not here: it is <see cref="UploadOptions.MaxVideoBytes"/>,
/// so a resumable upload and a multipart one accept the same videos.
/// </summary>
public sealed class TusOptions
{
    public const string Section = "Upload:Tus";

    /// <summary>How long an unfinished upload may sit without a PATCH before it is deleted.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired uploads are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
