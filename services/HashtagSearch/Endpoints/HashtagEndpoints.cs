using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

public static class HashtagEndpoints
{
    // Relevance and "top" pages are offsets, which cost more the deeper they go; past this a reader should refine.
    public const int MaxOffset = 1000;

    public static IEndpointRouteBuilder MapHashtagEndpoints(this IEndpointRouteBuilder app)
    {
        var hashtags = app.MapGroup("/api/hashtags");
        hashtags.MapGet("/suggest", SuggestEndpoint.Suggest);
        hashtags.MapGet("/{tag}", GetHashtag);
        hashtags.MapGet("/{tag}/videos", GetTaggedVideos);
        return app;
    }

    // An unused tag is a tag with no videos yet, not a missing resource: clients show it empty.
    internal static Results<Ok<HashtagSummary>, ProblemHttpResult> GetHashtag(string tag, IVideoIndex index, HashtagSearchMetrics metrics)
    {
        if (Normalized(tag) is not { } name) return InvalidTag();
        var started = Stopwatch.GetTimestamp();
        var found = index.FindHashtag(name);
        metrics.Queried("hashtag", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(new HashtagSummary(name, found?.VideoCount ?? 0, found?.Views ?? 0));
    }

    internal static Results<Ok<Page<VideoCard>>, ProblemHttpResult> GetTaggedVideos(
        string tag, IVideoIndex index, DiscoveryStore store, HashtagSearchMetrics metrics, ClaimsPrincipal user,
        [FromQuery] string? sort, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (Normalized(tag) is not { } name) return InvalidTag();
        if (sort is not (null or "recent" or "top")) return Problems.Invalid("sort", "The sort is one of recent, top.");
        var size = Paging.Limit(limit);
        var hidden = store.HiddenFrom(ShortVideoClaims.UserIdOf(user));
        var started = Stopwatch.GetTimestamp();
        Page<VideoCard> page;
        if (sort == "top")
        {
            if (!Paging.TryDecodeOffset(cursor, out var offset) || offset > MaxOffset) return Problems.BadCursor();
            var found = index.Top(name, offset, size + 1, hidden);
            page = new(found.Take(size).ToList(), found.Count > size && offset + size <= MaxOffset ? Paging.EncodeOffset(offset + size) : null);
        }
        else
        {
            if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
            var found = index.Recent(name, after, size + 1, hidden);
            page = new(found.Take(size).ToList(), found.Count > size ? Paging.Encode(found[size - 1].CreatedAt.UtcDateTime, found[size - 1].Id) : null);
        }
        metrics.Queried("hashtag", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(page);
    }

    private static string? Normalized(string tag) =>
        Hashtags.Normalize(tag) is { Length: > 0 and <= Hashtags.MaxTagLength } name ? name : null;

    private static ProblemHttpResult InvalidTag() =>
        Problems.Invalid("tag", $"A tag is 1 to {Hashtags.MaxTagLength} characters after its leading '#'.");
}

public sealed record HashtagSummary(string Tag, long VideoCount, long Views);
