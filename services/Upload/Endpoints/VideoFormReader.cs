using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// Reads a multipart post section by section. The file is sniffed from its first bytes (never its
/// name or declared type) and streamed to the media store, so memory stays flat whatever its size.
/// </summary>
public static class VideoFormReader
{
    private const int ReadBufferBytes = 256 * 1024;

    public static async Task<(VideoForm Form, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string id, IMediaStore media, UploadOptions options, CancellationToken cancellationToken)
    {
        var form = new VideoForm();
        if (Boundary(request.ContentType) is not { } boundary)
        {
            return (form, Problems.Field(415, "body", "Send multipart/form-data with a 'file' part and a 'caption' field."));
        }
        try
        {
            // The reader scans its buffer for the boundary; 4 KB (its default) costs a call per 4 KB of video.
            var reader = new MultipartReader(boundary, request.Body, ReadBufferBytes);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var problem = await ReadSectionAsync(section, form, id, media, options, cancellationToken);
                if (problem is not null) return (form, problem);
            }
            return (form, null);
        }
        catch (MediaTooLargeException ex)
        {
            return (form, Problems.Field(413, "file", $"The video is larger than the limit of {ex.MaxBytes} bytes."));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return (form, Problems.Invalid("body", "The multipart body is malformed: " + ex.Message));
        }
        catch when (form.OriginalPath is not null)
        {
            // The client went away mid-post: the file already stored must not outlive the request.
            media.Delete(form.OriginalPath);
            throw;
        }
    }

    private static async Task<ProblemHttpResult?> ReadSectionAsync(
        MultipartSection section, VideoForm form, string id, IMediaStore media, UploadOptions options, CancellationToken cancellationToken)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) return null;
        var name = disposition.Name.Value ?? "";
        if (disposition.IsFileDisposition())
        {
            if (name != "file") return Problems.Invalid(name, "The only file part is 'file'.");
            if (form.OriginalPath is not null) return Problems.Invalid("file", "Send exactly one file.");
            return await SaveFileAsync(section.Body, form, id, media, options, cancellationToken);
        }
        var limit = name == "caption" ? options.MaxCaptionLength : VideoForm.MaxFieldLength;
        using var text = new StreamReader(section.Body);
        // Counted in code points (a plain emoji is one, though UTF-16 needs two units for it): room for every one to need two.
        var buffer = new char[2 * limit + 1];
        var length = await text.ReadBlockAsync(buffer, cancellationToken);
        var value = new string(buffer, 0, length);
        if (length == buffer.Length || value.EnumerateRunes().Count() > limit) return Problems.Invalid(name, $"'{name}' is at most {limit} characters.");
        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return Problems.Invalid(name, $"'{name}' has no control characters besides line breaks and tabs.");
        }
        if (name == "caption") form.Caption = value;
        else form.Fields[name] = value.Trim();
        return null;
    }

    private static async Task<ProblemHttpResult?> SaveFileAsync(
        Stream body, VideoForm form, string id, IMediaStore media, UploadOptions options, CancellationToken cancellationToken)
    {
        var head = new byte[ContainerSniffer.BytesNeeded];
        var read = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0) return Problems.Invalid("file", "The file is empty.");
        if (ContainerSniffer.Detect(head.AsSpan(0, read)) is not { } container)
        {
            return Problems.Field(415, "file", "The file is not a video: its bytes are not an MP4, QuickTime, WebM or Matroska container.");
        }
        form.OriginalPath = $"originals/{id}.{container}";
        using var whole = new PrefixedStream(head.AsMemory(0, read), body);
        form.Bytes = await media.SaveAsync(form.OriginalPath, whole, options.MaxVideoBytes, cancellationToken);
        return null;
    }

    private static string? Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 200 } boundary ? boundary : null
            : null;
}
