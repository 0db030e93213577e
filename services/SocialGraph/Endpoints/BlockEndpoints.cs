using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class BlockEndpoints
{
    public static IEndpointRouteBuilder MapBlockEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/users/{handle}/block", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock) =>
            Change(handle, me, accounts, graph, metrics, clock, block: true)).RequireAuthorization();
        app.MapDelete("/api/users/{handle}/block", (string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock) =>
            Change(handle, me, accounts, graph, metrics, clock, block: false)).RequireAuthorization();
        return app;
    }

    private static Results<NoContent, ProblemHttpResult> Change(
        string handle, ClaimsPrincipal me, IAccountStore accounts, IGraphStore graph, SocialGraphMetrics metrics, TimeProvider clock, bool block)
    {
        if (accounts.FindById(People.ViewerId(me)!) is not { } viewer) return Problems.NotFound("Your account");
        // Someone who blocked the caller is still found here: blocking them back must work.
        if (People.ByHandle(accounts, handle) is not { } target) return Problems.NotFound($"User '{handle}'");
        if (target.Id == viewer.Id) return Problems.Invalid("handle", "You cannot block yourself.");
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = block ? graph.Block(viewer, target, now) : graph.Unblock(viewer, target, now);
        metrics.Write(block ? "block" : "unblock", outcome.ToString());
        return TypedResults.NoContent();
    }
}
