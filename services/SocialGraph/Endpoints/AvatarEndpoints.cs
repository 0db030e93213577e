using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Avatars;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class AvatarEndpoints
{
    public static IEndpointRouteBuilder MapAvatarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/users/me/avatar", Put).RequireAuthorization().DisableAntiforgery();
        app.MapDelete("/api/users/me/avatar", Delete).RequireAuthorization();
        app.MapGet("/media/avatars/{name}", Serve);
        return app;
    }

    private static async Task<Results<Ok<Profile>, ProblemHttpResult>> Put(
        HttpRequest request, ClaimsPrincipal me, IAccountStore accounts, AvatarFolder folder, AvatarProcessor processor,
        IOptions<SocialGraphOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = People.ViewerId(me)!;
        var staging = folder.CreateStaging();
        try
        {
            var (source, format, problem) = await AvatarUpload.ReadAsync(request, staging, options.Value.MaxAvatarBytes, cancellationToken);
            if (problem is not null) return problem;
            var name = AvatarFolder.NewName(userId);
            var output = Path.Combine(staging, name);
            if (await processor.ProcessAsync(source!, format!, output, cancellationToken) is var (status, rule)) return Problems.Field(status, "file", rule);
            File.Move(output, folder.PathOf(name)!);
            string? previous = null;
            var user = accounts.Update(userId, u => { previous = u.Avatar; u.Avatar = name; }, u => ProfileEndpoints.Changed(u, clock));
            if (user is null)
            {
                folder.Delete(name);
                return Problems.NotFound("Your account");
            }
            folder.Delete(previous);
            return TypedResults.Ok(Profile.Of(user));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static Results<NoContent, ProblemHttpResult> Delete(ClaimsPrincipal me, IAccountStore accounts, AvatarFolder folder, TimeProvider clock)
    {
        string? previous = null;
        var user = accounts.Update(People.ViewerId(me)!, u => { previous = u.Avatar; u.Avatar = null; }, u => previous is null ? null : ProfileEndpoints.Changed(u, clock));
        if (user is null) return Problems.NotFound("Your account");
        folder.Delete(previous);
        return TypedResults.NoContent();
    }

    /// <summary>Each avatar upload gets a new name, so a name's bytes never change: cached for a year, immutable.</summary>
    private static IResult Serve(string name, AvatarFolder folder, HttpResponse response)
    {
        if (folder.PathOf(name) is not { } path || !File.Exists(path)) return Problems.NotFound($"Avatar '{name}'");
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.PhysicalFile(path, "image/jpeg", lastModified: File.GetLastWriteTimeUtc(path), entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(name)}\""), enableRangeProcessing: true);
    }
}
