using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

public static class SearchEndpoints
{
    public const int MaxQueryLength = 200;

    private static readonly string[] Types = ["videos", "users", "hashtags", "sounds"];

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search);
        return app;
    }

    internal static Results<Ok<Page<VideoCard>>, Ok<Page<UserHit>>, Ok<Page<HashtagSummary>>, Ok<Page<SoundHit>>, ProblemHttpResult> Search(
        IVideoIndex index, DiscoveryStore store, HashtagSearchMetrics metrics, ClaimsPrincipal user,
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return Problems.Invalid("q", $"Give a search text of 1 to {MaxQueryLength} characters.");
        }
        if (!Types.Contains(type ?? "videos")) return Problems.Invalid("type", $"The type is one of {string.Join(", ", Types)}.");
        if (!Paging.TryDecodeOffset(cursor, out var offset) || offset > HashtagEndpoints.MaxOffset) return Problems.BadCursor();

        var size = Paging.Limit(limit);
        var hidden = store.HiddenFrom(ShortVideoClaims.UserIdOf(user));
        var started = Stopwatch.GetTimestamp();
        try
        {
            return type switch
            {
                "users" => TypedResults.Ok(PageOf(index.SearchUsers(q, offset, size + 1, hidden).Select(u => new UserHit(u.Id, u.Handle, u.DisplayName)).ToList(), offset, size)),
                "hashtags" => TypedResults.Ok(PageOf(index.SearchHashtags(q, offset, size + 1).Select(h => new HashtagSummary(h.Tag, h.VideoCount, h.Views)).ToList(), offset, size)),
                "sounds" => TypedResults.Ok(PageOf(index.SearchSounds(q, offset, size + 1).Select(s => new SoundHit(s.Id, s.Title, s.VideoCount, s.Views)).ToList(), offset, size)),
                _ => TypedResults.Ok(PageOf(index.SearchVideos(q, offset, size + 1, hidden), offset, size)),
            };
        }
        finally
        {
            metrics.Queried("search", Stopwatch.GetElapsedTime(started));
        }
    }

    private static Page<T> PageOf<T>(IReadOnlyList<T> found, int offset, int size) =>
        new(found.Take(size).ToList(), found.Count > size && offset + size <= HashtagEndpoints.MaxOffset ? Paging.EncodeOffset(offset + size) : null);
}

public sealed record UserHit(string Id, string Handle, string DisplayName);

public sealed record SoundHit(string Id, string Title, long VideoCount, long Views);
