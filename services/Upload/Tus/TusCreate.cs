using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// POST /api/uploads (tus 1.0 creation): an empty upload of Upload-Length bytes, or of a length the client
/// declares later (Upload-Defer-Length: 1), owned by the caller. The bytes follow by PATCH.
/// </summary>
public static class TusCreate
{
    public static Results<Created, ProblemHttpResult> Handle(
        HttpRequest request, HttpResponse response, ClaimsPrincipal principal, TusUploads uploads, IOptions<UploadOptions> options)
    {
        if (DeclaredLength(request.Headers, out var length) is { } invalid) return invalid;
        var max = options.Value.MaxVideoBytes;
        if (length > max) return TusProblems.TooLarge(max);
        string? metadata = request.Headers[TusHeaders.UploadMetadata];
        if (!TusMetadata.TryParse(metadata, out var values))
        {
            return Problems.Invalid(TusHeaders.UploadMetadata,
                $"Upload-Metadata is comma-separated 'key base64value' pairs with unique keys, at most {TusMetadata.MaxLength} characters.");
        }

        var upload = uploads.Create(ShortVideoClaims.UserIdOf(principal)!, length, metadata, values);
        TusHeaders.WriteProgress(response, upload);
        return TypedResults.Created($"{TusEndpoints.Route}/{upload.Id}");
    }

    private static ProblemHttpResult? DeclaredLength(IHeaderDictionary headers, out long? length)
    {
        length = null;
        if (headers.TryGetValue(TusHeaders.UploadDeferLength, out var defer))
        {
            return defer == "1" && !headers.ContainsKey(TusHeaders.UploadLength)
                ? null
                : Problems.Invalid(TusHeaders.UploadDeferLength, "Upload-Defer-Length takes the value 1, and only without Upload-Length.");
        }
        if (!TusHeaders.TryParseSize(headers[TusHeaders.UploadLength], out var declared))
        {
            return Problems.Invalid(TusHeaders.UploadLength, "Declare the size with Upload-Length, or send Upload-Defer-Length: 1.");
        }
        length = declared;
        return null;
    }
}
