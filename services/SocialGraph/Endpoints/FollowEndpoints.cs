using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.RateLimiting;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class FollowEndpoints
{
    /// <summary>Edges a mutuals page may look at before it answers with what it found and a cursor to go on.</summary>
    private const int MutualScanPerItem = 10;

    public static IEndpointRouteBuilder MapFollowEndpoints(this IEndpointRouteBuilder app)
    {
        var user = app.MapGroup("/api/users/{handle}");
        user.MapPut("/follow", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock) =>
            Change(handle, me, accounts, graph, metrics, clock, follow: true)).RequireAuthorization().RequireRateLimiting(RateLimits.Follows);
        user.MapDelete("/follow", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock) =>
            Change(handle, me, accounts, graph, metrics, clock, follow: false)).RequireAuthorization().RequireRateLimiting(RateLimits.Follows);
        user.MapGet("/followers", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor) =>
            List(handle, me, accounts, graph, limit, cursor, incoming: true));
        user.MapGet("/following", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor) =>
            List(handle, me, accounts, graph, limit, cursor, incoming: false));
        user.MapGet("/mutuals", Mutuals);
        return app;
    }

    private static Results<NoContent, ProblemHttpResult> Change(
        string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock, bool follow)
    {
        if (accounts.FindById(People.ViewerId(me)!) is not { } viewer) return Problems.NotFound("Your account");
        if (People.ByHandle(accounts, handle) is not { } target) return Problems.NotFound($"User '{handle}'");
        if (target.Id == viewer.Id) return Problems.Invalid("handle", "You cannot follow yourself.");
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = follow ? graph.Follow(viewer, target, now) : graph.Unfollow(viewer, target, now);
        metrics.Write(follow ? "follow" : "unfollow", outcome.ToString());
        return outcome == WriteOutcome.Blocked
            ? Problems.Field(StatusCodes.Status403Forbidden, "handle", "You cannot follow this user.", "Forbidden")
            : TypedResults.NoContent();
    }

    private static Results<Ok<Page<UserSummary>>, ProblemHttpResult> List(
        string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, int? limit, string? cursor, bool incoming)
    {
        var hidden = People.Hidden(graph, People.ViewerId(me));
        if (People.ByHandle(accounts, handle) is not { } user || hidden.Contains(user.Id)) return Problems.NotFound($"User '{handle}'");
        if (!People.TryEdgeCursor(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var edges = graph.Edges(user.Seq, incoming, after, size + 1);
        var items = accounts.FindBySeqs(edges.Take(size).Select(e => e.Seq).ToList())
            .Where(u => !hidden.Contains(u.Id))
            .Select(UserSummary.Of)
            .ToList();
        return TypedResults.Ok(new Page<UserSummary>(items, edges.Count > size ? People.EdgeCursor(edges[size - 1]) : null));
    }

    /// <summary>
    /// People who follow <c>handle</c> and whom <c>handle</c> follows: its followees, each checked for the
    /// edge back. A page looks at a bounded number of followees, so it may hold fewer items than asked, with a cursor to go on.
    /// </summary>
    private static Results<Ok<Page<UserSummary>>, ProblemHttpResult> Mutuals(
        string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        var hidden = People.Hidden(graph, People.ViewerId(me));
        if (People.ByHandle(accounts, handle) is not { } user || hidden.Contains(user.Id)) return Problems.NotFound($"User '{handle}'");
        if (!People.TryEdgeCursor(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var scan = size * MutualScanPerItem;
        var edges = graph.Edges(user.Seq, incoming: false, after, scan);
        var items = new List<UserSummary>();
        Edge? last = null;
        foreach (var edge in edges)
        {
            if (items.Count == size) break;
            last = edge;
            if (!graph.IsFollowing(edge.Seq, user.Seq) || accounts.FindBySeq(edge.Seq) is not { } mutual || hidden.Contains(mutual.Id)) continue;
            items.Add(UserSummary.Of(mutual));
        }
        var more = last is { } stop && (stop != edges[^1] || edges.Count == scan);
        return TypedResults.Ok(new Page<UserSummary>(items, more ? People.EdgeCursor(last!.Value) : null));
    }
}
