using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Domain;
using ShortVideo.Upload.Tus;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// A post that names a finished resumable upload (<c>uploadId</c>) instead of sending the file:
/// the upload's file is sniffed like any other and moved, not copied, into place as the original.
/// </summary>
public static class ClaimedUpload
{
    public static ProblemHttpResult? Take(VideoForm form, string videoId, string userId, TusUploads uploads, IMediaStore media)
    {
        if (form["uploadId"] is not { } uploadId) return null;
        if (form.OriginalPath is not null) return Problems.Invalid("uploadId", "Send a file or an uploadId, not both.");
        if (uploads.Claim(uploadId, userId) is not { } upload)
        {
            return Problems.Field(422, "uploadId", $"There is no finished upload '{uploadId}' of yours.");
        }
        var head = new byte[ContainerSniffer.BytesNeeded];
        int read;
        using (var file = File.OpenRead(upload.LocalPath)) read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (ContainerSniffer.Detect(head.AsSpan(0, read)) is not { } container)
        {
            uploads.Release(uploadId);
            return Problems.Field(415, "uploadId", "The uploaded file is not a video: its bytes are not an MP4, QuickTime, WebM or Matroska container.");
        }
        var key = $"originals/{videoId}.{container}";
        Directory.CreateDirectory(Path.GetDirectoryName(media.LocalPath(key))!);
        File.Move(upload.LocalPath, media.LocalPath(key));
        uploads.Release(uploadId);
        (form.OriginalPath, form.Bytes) = (key, upload.Length);
        return null;
    }
}
