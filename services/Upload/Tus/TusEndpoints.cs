using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Auth;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// The tus 1.0 server (https://tus.io/protocols/resumable-upload) at /api/uploads: core, creation,
/// creation-defer-length, termination, expiration and checksum. Every route but OPTIONS needs a token,
/// and an upload answers only to the user who created it.
/// </summary>
public static class TusEndpoints
{
    public const string Route = "/api/uploads";

    public static IEndpointRouteBuilder MapTusEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup(Route).RequireAuthorization().AddEndpointFilter(RequireTusVersion);
        uploads.MapMethods("/", [HttpMethods.Options], Options).AllowAnonymous();
        uploads.MapMethods("/{id}", [HttpMethods.Options], Options).AllowAnonymous();
        uploads.MapPost("/", TusCreate.Handle);
        uploads.MapMethods("/{id}", [HttpMethods.Head], Head);
        uploads.MapPatch("/{id}", TusPatch.HandleAsync);
        uploads.MapDelete("/{id}", Delete);
        return app;
    }

    // OPTIONS is how a client discovers the server, so it is the one request that may omit Tus-Resumable.
    private static async ValueTask<object?> RequireTusVersion(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsOptions(http.Request.Method) || http.Request.Headers[TusHeaders.TusResumable] == TusHeaders.Version)
        {
            return await next(context);
        }
        http.Response.Headers[TusHeaders.TusVersion] = TusHeaders.Version;
        return TusProblems.UnsupportedVersion();
    }

    private static NoContent Options(HttpResponse response, IOptions<UploadOptions> options)
    {
        response.Headers[TusHeaders.TusVersion] = TusHeaders.Version;
        response.Headers[TusHeaders.TusExtension] = TusHeaders.Extensions;
        response.Headers[TusHeaders.TusMaxSize] = options.Value.MaxVideoBytes.ToString(CultureInfo.InvariantCulture);
        response.Headers[TusHeaders.TusChecksumAlgorithm] = TusChecksum.Algorithms;
        return TypedResults.NoContent();
    }

    private static Results<Ok, NotFound> Head(string id, ClaimsPrincipal principal, TusUploads uploads, HttpResponse response)
    {
        // An offset read from a cache would make the client resume from the wrong place.
        response.Headers.CacheControl = "no-store";
        if (uploads.Find(id, ShortVideoClaims.UserIdOf(principal)!) is not { } upload) return TypedResults.NotFound();
        TusHeaders.WriteProgress(response, upload);
        if (upload.Length is { } length) response.Headers[TusHeaders.UploadLength] = length.ToString(CultureInfo.InvariantCulture);
        else response.Headers[TusHeaders.UploadDeferLength] = "1";
        if (upload.Metadata is { } metadata) response.Headers[TusHeaders.UploadMetadata] = metadata;
        return TypedResults.Ok();
    }

    private static Results<NoContent, ProblemHttpResult> Delete(string id, ClaimsPrincipal principal, TusUploads uploads)
    {
        var userId = ShortVideoClaims.UserIdOf(principal)!;
        if (uploads.Find(id, userId) is null) return TusProblems.NotFound(id);
        using var held = uploads.TryLock(id);
        if (held is null) return TusProblems.Locked();
        uploads.Release(id);
        return TypedResults.NoContent();
    }
}
