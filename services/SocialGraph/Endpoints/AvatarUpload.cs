using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Endpoints;

/// <summary>Reads the multipart <c>file</c> of an avatar upload into a staging folder, refusing what is too large or not an image by its bytes.</summary>
internal static class AvatarUpload
{
    public static async Task<(string? Path, string? Format, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string staging, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return (null, null, Problems.Invalid("file", "Send the image as multipart/form-data with a 'file' part."));
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, null, Problems.Invalid("file", "The multipart body is malformed or too large: " + ex.Message));
        }
        if (file is null || file.Length == 0) return (null, null, Problems.Invalid("file", "A 'file' part with a JPEG, PNG or WebP image is required."));
        if (file.Length > maxBytes) return (null, null, Problems.Field(StatusCodes.Status413PayloadTooLarge, "file", $"An avatar image is at most {maxBytes} bytes."));

        var path = Path.Combine(staging, "source");
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }
        var head = new byte[ImageSniffer.BytesNeeded];
        await using (var source = File.OpenRead(path))
        {
            await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }
        return ImageSniffer.Detect(head) is { } format
            ? (path, format, null)
            : (null, null, Problems.Field(StatusCodes.Status415UnsupportedMediaType, "file", "The file is not a JPEG, PNG or WebP image: its bytes say otherwise."));
    }
}
