using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ShortVideo.Upload.Tus;

/// <summary>The header names and values of tus 1.0 (https://tus.io/protocols/resumable-upload), in one place.</summary>
internal static class TusHeaders
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-defer-length,termination,expiration,checksum";
    public const string OffsetOctetStream = "application/offset+octet-stream";
    public const int ChecksumMismatch = 460;

    public const string TusResumable = "Tus-Resumable";
    public const string TusVersion = "Tus-Version";
    public const string TusExtension = "Tus-Extension";
    public const string TusMaxSize = "Tus-Max-Size";
    public const string TusChecksumAlgorithm = "Tus-Checksum-Algorithm";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadDeferLength = "Upload-Defer-Length";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadExpires = "Upload-Expires";
    public const string UploadChecksum = "Upload-Checksum";

    /// <summary>A browser's script may read only the response headers named here, and tus clients read these.</summary>
    public static readonly string Exposed = string.Join(", ",
        UploadOffset, HeaderNames.Location, UploadLength, TusVersion, TusResumable, TusMaxSize, TusExtension, UploadMetadata, UploadExpires);

    /// <summary>Offsets and lengths are plain non-negative decimal integers: no sign, no spaces.</summary>
    public static bool TryParseSize(string? value, out long size) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size);

    /// <summary>The state a client resumes from, on HEAD and after a PATCH.</summary>
    public static void WriteProgress(HttpResponse response, TusUploadRecord upload)
    {
        response.Headers[UploadOffset] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        // Only an unfinished upload expires; a finished one waits for the video post that consumes it.
        if (!upload.Completed) response.Headers[UploadExpires] = HttpDate(upload.ExpiresAt);
    }

    /// <summary>RFC 9110 IMF-fixdate, the format the expiration extension asks for.</summary>
    public static string HttpDate(DateTime at) => at.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
}
