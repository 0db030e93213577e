using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Endpoints;

public static class FeedEndpoints
{
    /// <summary>How many of the newest videos the For You ranking considers.</summary>
    public const int CandidatePool = 1000;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/api/feed");
        feed.MapGet("/foryou", ForYou);
        feed.MapGet("/following", Following).RequireAuthorization();
        return app;
    }

    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> ForYou(
        ClaimsPrincipal principal, IFeedStore store, FeedMetrics metrics, TimeProvider clock, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        var started = Stopwatch.GetTimestamp();
        if (!Paging.TryDecodeOffset(cursor, out var offset)) return Problems.BadCursor();
        var viewer = ShortVideoClaims.UserIdOf(principal);
        var followees = viewer is null ? new HashSet<string>() : store.Followees(viewer);
        var ranked = ForYouRanking.Rank(store.Newest(CandidatePool), followees, viewer, clock.GetUtcNow().UtcDateTime);
        var size = Paging.Limit(limit);
        var items = ranked.Skip(offset).Take(size).Select(x => CardOf(x.Video) with { Reason = x.Reason }).ToList();
        var next = offset + size < ranked.Count ? Paging.EncodeOffset(offset + size) : null;
        metrics.Served("foryou", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }

    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> Following(
        ClaimsPrincipal principal, IFeedStore store, FeedMetrics metrics, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        var started = Stopwatch.GetTimestamp();
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var viewer = ShortVideoClaims.UserIdOf(principal)!;
        var followees = store.Followees(viewer);
        var size = Paging.Limit(limit);
        var videos = store.ByCreators(followees, after, size + 1);
        var items = videos.Take(size)
            .Select(v => CardOf(v) with { Reason = new FeedReason("following", $"You follow @{v.CreatorHandle}") })
            .ToList();
        var next = videos.Count > size ? Paging.Encode(videos[size - 1].CreatedAt, videos[size - 1].Id) : null;
        metrics.Served("following", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }

    private static VideoCard CardOf(FeedVideo v) => new(
        v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags,
        v.SoundId is null ? null : new CardSound(v.SoundId, v.SoundTitle ?? ""),
        v.DurationMs, v.Width, v.Height, v.PlaylistUrl, v.PosterUrl, new CardStats(0, v.Likes, 0, 0),
        v.CreatedAt.ToUniversalTime())
    {
        DuetOf = v.DuetOf,
        StitchOf = v.StitchOf,
    };
}
