using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.RateLimiting;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

/// <summary>Likes, saves, views, shares and "not interested" on a video. Each publishes its event in the writing transaction.</summary>
public static class EngagementEndpoints
{
    public static IEndpointRouteBuilder MapEngagementEndpoints(this IEndpointRouteBuilder app)
    {
        var video = app.MapGroup("/api/videos/{id}");
        video.MapPut("/like", (string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock) =>
            Toggle(id, me, store, metrics, "like", (user, v) => store.Like(user, v, Now(clock)))).RequireAuthorization().RequireRateLimiting(RateLimits.Likes);
        video.MapDelete("/like", (string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock) =>
            Toggle(id, me, store, metrics, "unlike", (user, v) => store.Unlike(user, v, Now(clock)))).RequireAuthorization().RequireRateLimiting(RateLimits.Likes);
        video.MapPut("/save", (string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock) =>
            Toggle(id, me, store, metrics, "save", (user, v) => store.Save(user, v, Now(clock)))).RequireAuthorization();
        video.MapDelete("/save", (string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock) =>
            Toggle(id, me, store, metrics, "unsave", (user, v) => store.Unsave(user, v, Now(clock)))).RequireAuthorization();
        video.MapPost("/not-interested", (string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock) =>
            Toggle(id, me, store, metrics, "not-interested", (user, v) => store.NotInterested(user, v, Now(clock)) ? WriteOutcome.Changed : WriteOutcome.Unchanged)).RequireAuthorization();
        video.MapPost("/views", View);
        video.MapPost("/shares", Share);
        return app;
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    private static Results<NoContent, ProblemHttpResult> Toggle(
        string id, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, string kind, Func<string, KnownVideo, WriteOutcome> write)
    {
        if (store.FindVideo(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        var outcome = write(People.ViewerId(me)!, video);
        metrics.Write(kind, outcome.ToString());
        return outcome == WriteOutcome.Blocked
            ? Problems.Field(StatusCodes.Status403Forbidden, "id", "The video's creator and you have blocked one another.", "Forbidden")
            : TypedResults.NoContent();
    }

    private static Results<Accepted<ViewCount>, ProblemHttpResult> View(
        string id, ViewRequest? request, HttpRequest http, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock)
    {
        if (!VisitorIds.TryRead(http, People.ViewerId(me), out var visitorId)) return VisitorIds.Problem();
        if (EngagementRules.WatchedProblem(request?.WatchedMs) is { } problem) return Problems.Invalid("watchedMs", problem);
        if (store.FindVideo(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        var views = store.View(video, People.ViewerId(me), visitorId, request!.WatchedMs!.Value, Now(clock));
        metrics.Write("view", WriteOutcome.Changed.ToString());
        return TypedResults.Accepted((string?)null, new ViewCount(views));
    }

    private static Results<Accepted<ShareCount>, ProblemHttpResult> Share(
        string id, ShareRequest? request, HttpRequest http, ClaimsPrincipal me, IEngagementStore store, SocialGraphMetrics metrics, TimeProvider clock)
    {
        if (!VisitorIds.TryRead(http, People.ViewerId(me), out var visitorId)) return VisitorIds.Problem();
        if (EngagementRules.ChannelProblem(request?.Channel) is { } problem) return Problems.Invalid("channel", problem);
        if (store.FindVideo(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        var shares = store.Share(video, People.ViewerId(me), visitorId, request?.Channel ?? EngagementRules.DefaultChannel, Now(clock));
        metrics.Write("share", WriteOutcome.Changed.ToString());
        return TypedResults.Accepted((string?)null, new ShareCount(shares));
    }
}

public sealed record ViewRequest(int? WatchedMs);

public sealed record ShareRequest(string? Channel);

public sealed record ViewCount(long Views);

public sealed record ShareCount(long Shares);
