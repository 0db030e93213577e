using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class FollowEndpoints
{
    public static IEndpointRouteBuilder MapFollowEndpoints(this IEndpointRouteBuilder app)
    {
        var user = app.MapGroup("/api/users/{handle}");
        user.MapPut("/follow", (string handle, ClaimsPrincipal me, ISocialStore store, TimeProvider clock) => Change(handle, me, store, clock, follow: true)).RequireAuthorization();
        user.MapDelete("/follow", (string handle, ClaimsPrincipal me, ISocialStore store, TimeProvider clock) => Change(handle, me, store, clock, follow: false)).RequireAuthorization();
        user.MapGet("/followers", (string handle, ISocialStore store, [FromQuery] int? limit, [FromQuery] string? cursor) => List(handle, store, limit, cursor, followers: true));
        user.MapGet("/following", (string handle, ISocialStore store, [FromQuery] int? limit, [FromQuery] string? cursor) => List(handle, store, limit, cursor, followers: false));
        return app;
    }

    private static Results<NoContent, ProblemHttpResult> Change(string handle, ClaimsPrincipal me, ISocialStore store, TimeProvider clock, bool follow)
    {
        var myId = ShortVideoClaims.UserIdOf(me)!;
        if (store.FindByHandle(AccountRules.Normalise(handle)) is not { } target) return Problems.NotFound($"User '{handle}'");
        if (target.Id == myId) return Problems.Invalid("handle", "You cannot follow yourself.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (follow) store.Follow(myId, target.Id, now);
        else store.Unfollow(myId, target.Id, now);
        return TypedResults.NoContent();
    }

    private static Results<Ok<Page<UserSummary>>, ProblemHttpResult> List(string handle, ISocialStore store, int? limit, string? cursor, bool followers)
    {
        if (store.FindByHandle(AccountRules.Normalise(handle)) is not { } user) return Problems.NotFound($"User '{handle}'");
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var edges = store.Edges(user.Id, followers, after, size + 1);
        var items = edges.Take(size)
            .Select(e => store.FindById(followers ? e.FollowerId : e.FolloweeId))
            .OfType<UserRecord>()
            .Select(u => new UserSummary(u.Id, u.Handle, u.DisplayName))
            .ToList();
        var next = edges.Count > size ? Paging.Encode(edges[size - 1].CreatedAt, edges[size - 1].Id) : null;
        return TypedResults.Ok(new Page<UserSummary>(items, next));
    }
}

public sealed record UserSummary(string Id, string Handle, string DisplayName);
