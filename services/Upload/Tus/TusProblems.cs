using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Upload.Tus;

/// <summary>The tus answers that are not plain validation failures, as RFC 9457 problems.</summary>
internal static class TusProblems
{
    public static ProblemHttpResult NotFound(string uploadId) => Problems.NotFound($"Upload '{uploadId}'");

    public static ProblemHttpResult Locked() => TypedResults.Problem(
        statusCode: StatusCodes.Status423Locked, title: "Upload busy",
        detail: "Another request is writing to this upload; retry once it has finished.");

    public static ProblemHttpResult OffsetMismatch(long expected, long sent) => Problems.Field(
        StatusCodes.Status409Conflict, TusHeaders.UploadOffset, $"The upload is at offset {expected}, not {sent}; ask with HEAD and resume from there.", "Offset mismatch");

    public static ProblemHttpResult TooLarge(long maxBytes) => Problems.Field(
        StatusCodes.Status413PayloadTooLarge, TusHeaders.UploadLength, $"An upload is at most {maxBytes} bytes, and no more than its declared length.", "Too large");

    public static ProblemHttpResult ChecksumMismatch() => Problems.Field(
        TusHeaders.ChecksumMismatch, TusHeaders.UploadChecksum, "The bytes do not match Upload-Checksum; they were discarded, send them again.", "Checksum mismatch");

    public static ProblemHttpResult UnsupportedVersion() => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Unsupported tus version",
        detail: $"This server speaks tus {TusHeaders.Version}: send Tus-Resumable: {TusHeaders.Version}.");
}
