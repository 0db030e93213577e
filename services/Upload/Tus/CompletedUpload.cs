namespace ShortVideo.Upload.Tus;

/// <summary>
/// A finished resumable upload handed to whoever consumes it (POST /api/videos with <c>uploadId</c>).
/// <see cref="LocalPath"/> is the part file itself: move or read it, then call <see cref="TusUploads.Release"/>.
/// </summary>
public sealed record CompletedUpload(string Id, string LocalPath, long Length, string? FileName, string? FileType);
