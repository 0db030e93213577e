namespace ShortVideo.Upload.Tus;

/// <summary>An upload's state in the collection <c>tus_uploads</c>; its bytes are in the media store.</summary>
public sealed class TusUploadRecord
{
    public string Id { get; set; } = "";

    public string OwnerId { get; set; } = "";

    /// <summary>Null while the client defers the length (creation-defer-length).</summary>
    public long? Length { get; set; }

    public long Offset { get; set; }

    /// <summary>The Upload-Metadata header as the client sent it; HEAD must answer it unchanged.</summary>
    public string? Metadata { get; set; }

    public string? FileName { get; set; }

    public string? FileType { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public bool Completed { get; set; }
}
