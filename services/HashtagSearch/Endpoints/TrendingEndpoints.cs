using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Discovery;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

/// <summary>Hashtags and sounds rising now: ranked by <see cref="TrendScore"/> over the window.</summary>
public static class TrendingEndpoints
{
    public static IEndpointRouteBuilder MapTrendingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hashtags/trending", Hashtags);
        app.MapGet("/api/sounds/trending", Sounds);
        return app;
    }

    internal static Results<Ok<IReadOnlyList<TrendingHashtag>>, ProblemHttpResult> Hashtags(
        TrendingBoard board, DiscoveryStore store, HashtagSearchMetrics metrics, [FromQuery] string? window, [FromQuery] int? limit)
    {
        if (TrendWindow.Parse(window) is not { } span) return InvalidWindow();
        var started = Stopwatch.GetTimestamp();
        var items = new List<TrendingHashtag>();
        foreach (var (tag, score) in board.Top(TrendingBoard.Tag, span, Paging.Limit(limit) * 2))
        {
            // A tag whose videos were all deleted is no longer a page to send anyone to.
            if (store.FindHashtag(tag) is { } totals) items.Add(new TrendingHashtag(tag, totals.VideoCount, totals.Views, score));
        }
        metrics.Queried("trending", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok<IReadOnlyList<TrendingHashtag>>(items.Take(Paging.Limit(limit)).ToList());
    }

    internal static Results<Ok<IReadOnlyList<TrendingSound>>, ProblemHttpResult> Sounds(
        TrendingBoard board, DiscoveryStore store, HashtagSearchMetrics metrics, [FromQuery] string? window, [FromQuery] int? limit)
    {
        if (TrendWindow.Parse(window) is not { } span) return InvalidWindow();
        var started = Stopwatch.GetTimestamp();
        var items = new List<TrendingSound>();
        foreach (var (id, score) in board.Top(TrendingBoard.Sound, span, Paging.Limit(limit) * 2))
        {
            if (store.FindSound(id) is { } totals) items.Add(new TrendingSound(id, totals.Title, totals.VideoCount, totals.Views, score));
        }
        metrics.Queried("trending", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok<IReadOnlyList<TrendingSound>>(items.Take(Paging.Limit(limit)).ToList());
    }

    private static ProblemHttpResult InvalidWindow() =>
        Problems.Invalid("window", $"The window is one of {string.Join(", ", TrendWindow.All.Select(w => w.Name))}.");
}

public sealed record TrendingHashtag(string Tag, long VideoCount, long Views, double Score);

public sealed record TrendingSound(string Id, string Title, long VideoCount, long Views, double Score);
