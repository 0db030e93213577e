using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Endpoints;

public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/api/feed");
        feed.MapGet("/foryou", ForYou);
        feed.MapGet("/following", Following).RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<Page<VideoCard>>, ProblemHttpResult>> ForYou(
        HttpRequest request, ClaimsPrincipal principal, ForYouService forYou, FeedMetrics metrics, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var userId = ShortVideoClaims.UserIdOf(principal);
        if (!VisitorIds.TryRead(request, userId, out var visitorId)) return VisitorIds.Problem();
        var position = SessionCursor.Start();
        if (!string.IsNullOrEmpty(cursor) && !SessionCursor.TryDecode(cursor, out position)) return Problems.BadCursor();
        var page = await forYou.PageAsync(Viewer.Of(userId, visitorId), position, Paging.Limit(limit), cancellationToken);
        if (page is null) return Problems.BadCursor();
        var items = page.Items.Select(i => Cards.Of(i.Video) with { Reason = i.Reason }).ToList();
        metrics.Served("foryou", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(new Page<VideoCard>(items, page.NextCursor));
    }

    private static async Task<Results<Ok<Page<VideoCard>>, ProblemHttpResult>> Following(
        ClaimsPrincipal principal, Profiles profiles, Catalog catalog, FeedMetrics metrics, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var viewer = ShortVideoClaims.UserIdOf(principal)!;
        var followees = (await profiles.FindAsync(viewer, cancellationToken))?.Followees ?? [];
        var size = Paging.Limit(limit);
        var videos = catalog.ByCreators(followees, after, size + 1);
        var items = videos.Take(size)
            .Select(v => Cards.Of(v) with { Reason = new FeedReason(Sources.Following, $"You follow @{v.CreatorHandle}") })
            .ToList();
        var next = videos.Count > size ? Paging.Encode(videos[size - 1].CreatedAt, videos[size - 1].Id) : null;
        metrics.Served("following", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }
}
