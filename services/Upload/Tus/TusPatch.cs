using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// PATCH /api/uploads/{id}: appends the body at Upload-Offset (tus 1.0 core), checked against
/// Upload-Checksum when sent (checksum) and taking a deferred Upload-Length once (creation-defer-length).
/// </summary>
public static class TusPatch
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        string id, HttpContext context, ClaimsPrincipal principal, TusUploads uploads, IOptions<UploadOptions> options)
    {
        var request = context.Request;
        if (ValidateHeaders(request, out var offset, out var digest) is { } invalid) return invalid;
        var userId = ShortVideoClaims.UserIdOf(principal)!;
        if (uploads.Find(id, userId) is null) return TusProblems.NotFound(id);
        using var held = uploads.TryLock(id);
        if (held is null) return TusProblems.Locked();
        // Read again under the lock: a PATCH that just finished has moved the offset.
        if (uploads.Find(id, userId) is not { } upload) return TusProblems.NotFound(id);
        if (upload.Offset != offset) return TusProblems.OffsetMismatch(upload.Offset, offset);
        var max = options.Value.MaxVideoBytes;
        if (DeclaredLength(upload, request, max, out var length) is { } badLength) return badLength;
        var room = (length ?? max) - offset;
        if (request.ContentLength > room) return TusProblems.TooLarge(max);

        using var hasher = TusChecksum.HasherFor(digest);
        var appended = await TusAppend.WriteAsync(uploads.PartPath(id), offset, request.Body, room, hasher, context.RequestAborted);
        return Commit(uploads, upload, length, appended, digest, hasher, max, context.Response);
    }

    private static ProblemHttpResult? ValidateHeaders(HttpRequest request, out long offset, out byte[]? digest)
    {
        digest = null;
        offset = 0;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals(TusHeaders.OffsetOctetStream, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Field(StatusCodes.Status415UnsupportedMediaType, HeaderNames.ContentType, $"Send the bytes as {TusHeaders.OffsetOctetStream}.");
        }
        if (!TusHeaders.TryParseSize(request.Headers[TusHeaders.UploadOffset], out offset))
        {
            return Problems.Invalid(TusHeaders.UploadOffset, "Upload-Offset must be the non-negative offset the bytes start at.");
        }
        return TusChecksum.TryParse(request.Headers[TusHeaders.UploadChecksum], out digest)
            ? null
            : Problems.Invalid(TusHeaders.UploadChecksum, $"Send '{TusChecksum.Algorithms} <base64 digest>'; {TusChecksum.Algorithms} is the only algorithm supported.");
    }

    // creation-defer-length: the length may come with any PATCH, once, and never change afterwards.
    private static ProblemHttpResult? DeclaredLength(TusUploadRecord upload, HttpRequest request, long max, out long? length)
    {
        length = upload.Length;
        var header = request.Headers[TusHeaders.UploadLength];
        if (StringValues.IsNullOrEmpty(header)) return null;
        if (!TusHeaders.TryParseSize(header, out var declared) || declared < upload.Offset)
        {
            return Problems.Invalid(TusHeaders.UploadLength, "Upload-Length must be a size no smaller than what was uploaded already.");
        }
        if (upload.Length is { } known && known != declared) return Problems.Invalid(TusHeaders.UploadLength, "The length was declared already and cannot change.");
        if (declared > max) return TusProblems.TooLarge(max);
        length = declared;
        return null;
    }

    private static Results<NoContent, ProblemHttpResult> Commit(
        TusUploads uploads, TusUploadRecord upload, long? length, TusAppend.Appended appended,
        byte[]? digest, IncrementalHash? hasher, long max, HttpResponse response)
    {
        var unverifiable = digest is not null && appended.CutOff;
        if (appended.TooLarge || unverifiable || !TusChecksum.Matches(digest, hasher))
        {
            // The checksum extension discards a PATCH whose bytes are wrong, or cannot be checked because
            // they stopped short; a body past the declared length is discarded whole as well.
            TusAppend.Truncate(uploads.PartPath(upload.Id), upload.Offset);
            return appended.TooLarge ? TusProblems.TooLarge(max) : TusProblems.ChecksumMismatch();
        }
        // Persisted for a cut-off body too: nobody reads this answer, but the next HEAD must see these bytes.
        uploads.Advance(upload, upload.Offset + appended.Written, length);
        TusHeaders.WriteProgress(response, upload);
        return TypedResults.NoContent();
    }
}
