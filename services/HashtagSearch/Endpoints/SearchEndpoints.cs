using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

public static class SearchEndpoints
{
    public const int MaxQueryLength = 200;

    // Relevance pages are offsets, which cost more the deeper they go; past this a query should be refined.
    public const int MaxOffset = 1000;

    private static readonly string[] Types = ["videos", "users", "hashtags", "sounds"];

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search);
        return app;
    }

    internal static Results<Ok<Page<VideoCard>>, ProblemHttpResult> Search(
        IVideoIndex index, HashtagSearchMetrics metrics,
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return Problems.Invalid("q", $"Give a search text of 1 to {MaxQueryLength} characters.");
        }
        if (!Types.Contains(type ?? "videos")) return Problems.Invalid("type", $"The type is one of {string.Join(", ", Types)}.");
        if (!Paging.TryDecodeOffset(cursor, out var offset) || offset > MaxOffset) return Problems.BadCursor();
        // Only videos are indexed so far; users, hashtags and sounds answer an empty page until they are.
        if (type is not (null or "videos")) return TypedResults.Ok(new Page<VideoCard>([], null));

        var size = Paging.Limit(limit);
        var started = Stopwatch.GetTimestamp();
        var page = index.Search(q, offset, size + 1);
        metrics.Queried("search", Stopwatch.GetElapsedTime(started));
        var next = page.Count > size && offset + size <= MaxOffset ? Paging.EncodeOffset(offset + size) : null;
        return TypedResults.Ok(new Page<VideoCard>(page.Take(size).ToList(), next));
    }
}
