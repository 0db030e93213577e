using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Domain;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// POST /api/videos: the multipart body is read section by section and the file streamed straight
/// to the media store, so memory stays flat whatever the size. Nothing is kept unless every check passes.
/// </summary>
public static class PostVideo
{
    public static async Task<Results<Accepted<VideoAccepted>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal principal, IVideoStore store, IMediaStore media,
        IOptions<UploadOptions> options, UploadMetrics metrics, CancellationToken cancellationToken)
    {
        var user = ShortVideoClaims.CurrentOf(principal)!;
        var boundary = MultipartBoundary(request.ContentType);
        if (boundary is null) return Reject(metrics, "multipart", Problems.Field(415, "body", "Send multipart/form-data with a 'file' part."));

        var id = Guid.CreateVersion7().ToString("N");
        var form = new UploadForm();
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var problem = await ReadSectionAsync(section, form, id, media, options.Value, cancellationToken);
                if (problem is not null) return Reject(metrics, problem.ProblemDetails.Extensions.ContainsKey("errors") ? "field" : "body", problem, form, media);
            }
            var invalid = Validate(form, options.Value);
            if (invalid is not null) return Reject(metrics, "field", invalid, form, media);
        }
        catch (MediaTooLargeException ex)
        {
            return Reject(metrics, "size", Problems.Field(413, "file", $"The video is larger than {ex.MaxBytes} bytes."), form, media);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return Reject(metrics, "multipart", Problems.Invalid("body", "The multipart body is malformed: " + ex.Message), form, media);
        }

        var now = DateTime.UtcNow;
        var hashtags = Hashtags.Parse(form.Caption);
        var record = new VideoRecord
        {
            Id = id, CreatorId = user.Id, CreatorHandle = user.Handle, CreatorDisplayName = user.DisplayName,
            Caption = form.Caption ?? "", Hashtags = hashtags.ToList(), OriginalPath = form.OriginalPath!, CreatedAt = now,
        };
        Activity.Current?.SetTag("shortvideo.video.id", id);
        store.Create(record, new VideoUploaded(id, new CreatorInfo(user.Id, user.Handle, user.DisplayName), record.Caption, hashtags, record.OriginalPath, now));
        metrics.Accepted(form.Bytes);
        return TypedResults.Accepted($"/api/videos/{id}", new VideoAccepted(id, VideoStatus.Processing));
    }

    private static async Task<ProblemHttpResult?> ReadSectionAsync(
        MultipartSection section, UploadForm form, string id, IMediaStore media, UploadOptions options, CancellationToken cancellationToken)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) return null;
        var name = disposition.Name.Value;
        if (disposition.IsFileDisposition() && name == "file")
        {
            if (form.OriginalPath is not null) return Problems.Invalid("file", "Send exactly one file.");
            var head = new byte[ContainerSniffer.BytesNeeded];
            var read = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            var container = ContainerSniffer.Detect(head.AsSpan(0, read));
            if (container is null)
            {
                return Problems.Field(415, "file", "The file is not a video: its bytes are not an MP4, QuickTime, WebM or Matroska container.");
            }
            var key = $"originals/{id}.{container}";
            form.OriginalPath = key;
            using var whole = new PrefixedStream(head.AsMemory(0, read), section.Body);
            form.Bytes = await media.SaveAsync(key, whole, options.MaxVideoBytes, cancellationToken);
            return null;
        }
        if (name == "caption")
        {
            using var text = new StreamReader(section.Body);
            var buffer = new char[options.MaxCaptionLength + 1];
            var length = await text.ReadBlockAsync(buffer, cancellationToken);
            if (length > options.MaxCaptionLength) return Problems.Invalid("caption", $"A caption is at most {options.MaxCaptionLength} characters.");
            form.Caption = new string(buffer, 0, length);
        }
        return null;
    }

    private static ProblemHttpResult? Validate(UploadForm form, UploadOptions options) =>
        form.OriginalPath is null ? Problems.Invalid("file", "A 'file' part with the video is required.")
        : form.Bytes == 0 ? Problems.Invalid("file", "The file is empty.")
        : null;

    private static ProblemHttpResult Reject(UploadMetrics metrics, string rule, ProblemHttpResult problem, UploadForm? form = null, IMediaStore? media = null)
    {
        if (form?.OriginalPath is { } path) media?.Delete(path);
        metrics.Rejected(rule);
        return problem;
    }

    private static string? MultipartBoundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 200 } boundary ? boundary : null
            : null;

    private sealed class UploadForm
    {
        public string? Caption { get; set; }

        public string? OriginalPath { get; set; }

        public long Bytes { get; set; }
    }
}

public sealed record VideoAccepted(string Id, string Status);
