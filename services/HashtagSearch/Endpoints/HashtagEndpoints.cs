using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

public static class HashtagEndpoints
{
    public static IEndpointRouteBuilder MapHashtagEndpoints(this IEndpointRouteBuilder app)
    {
        var hashtags = app.MapGroup("/api/hashtags");
        hashtags.MapGet("/{tag}", GetHashtag);
        hashtags.MapGet("/{tag}/videos", GetTaggedVideos);
        return app;
    }

    // An unused tag is a tag with no videos yet, not a missing resource: clients show it empty.
    internal static Results<Ok<HashtagSummary>, ProblemHttpResult> GetHashtag(string tag, IVideoIndex index) =>
        Normalized(tag) is { } name
            ? TypedResults.Ok(new HashtagSummary(name, index.CountTagged(name), Views: 0))
            : InvalidTag();

    internal static Results<Ok<Page<VideoCard>>, ProblemHttpResult> GetTaggedVideos(
        string tag, IVideoIndex index, HashtagSearchMetrics metrics, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (Normalized(tag) is not { } name) return InvalidTag();
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var started = Stopwatch.GetTimestamp();
        var page = index.Tagged(name, after, size + 1);
        metrics.Queried("hashtag", Stopwatch.GetElapsedTime(started));
        var next = page.Count > size ? Paging.Encode(page[size - 1].CreatedAt.UtcDateTime, page[size - 1].Id) : null;
        return TypedResults.Ok(new Page<VideoCard>(page.Take(size).ToList(), next));
    }

    private static string? Normalized(string tag) =>
        Hashtags.Normalize(tag) is { Length: > 0 and <= Hashtags.MaxTagLength } name ? name : null;

    private static ProblemHttpResult InvalidTag() =>
        Problems.Invalid("tag", $"A tag is 1 to {Hashtags.MaxTagLength} characters after its leading '#'.");
}

public sealed record HashtagSummary(string Tag, int VideoCount, long Views);
