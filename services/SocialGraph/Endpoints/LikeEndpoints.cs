using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class LikeEndpoints
{
    public static IEndpointRouteBuilder MapLikeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/videos/{id}/like", (string id, ClaimsPrincipal me, ISocialStore store, TimeProvider clock) => Change(id, me, store, clock, like: true)).RequireAuthorization();
        app.MapDelete("/api/videos/{id}/like", (string id, ClaimsPrincipal me, ISocialStore store, TimeProvider clock) => Change(id, me, store, clock, like: false)).RequireAuthorization();
        return app;
    }

    private static Results<NoContent, ProblemHttpResult> Change(string id, ClaimsPrincipal me, ISocialStore store, TimeProvider clock, bool like)
    {
        if (store.FindVideo(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        var userId = ShortVideoClaims.UserIdOf(me)!;
        var now = clock.GetUtcNow().UtcDateTime;
        if (like) store.Like(userId, video, now);
        else store.Unlike(userId, video, now);
        return TypedResults.NoContent();
    }
}
