using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Endpoints;

/// <summary>Hashtag autocomplete: tags starting with what was typed, in any script, most used first.</summary>
public static class SuggestEndpoint
{
    public const int DefaultLimit = 10;

    internal static Results<Ok<IReadOnlyList<HashtagSuggestion>>, ProblemHttpResult> Suggest(
        IVideoIndex index, HashtagSearchMetrics metrics, [FromQuery] string? prefix, [FromQuery] int? limit)
    {
        var folded = TextFolding.Fold(prefix?.Trim().TrimStart('#'));
        if (folded.Length is 0 or > Hashtags.MaxTagLength)
        {
            return Problems.Invalid("prefix", $"Give 1 to {Hashtags.MaxTagLength} characters of a tag.");
        }
        var started = Stopwatch.GetTimestamp();
        var found = index.Suggest(folded, Paging.Limit(limit, DefaultLimit));
        metrics.Queried("suggest", Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok<IReadOnlyList<HashtagSuggestion>>(found.Select(h => new HashtagSuggestion(h.Tag, h.VideoCount)).ToList());
    }
}

public sealed record HashtagSuggestion(string Tag, long VideoCount);
