using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class SavedEndpoints
{
    public static IEndpointRouteBuilder MapSavedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/me/saved", Saved).RequireAuthorization();
        return app;
    }

    /// <summary>The caller's saved videos as cards, most recently saved first; videos deleted since drop out.</summary>
    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> Saved(
        ClaimsPrincipal me, IEngagementStore store, IAccountStore accounts, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        var userId = People.ViewerId(me)!;
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var saves = store.ByUser(userId, saves: true, after, size + 1);
        var hidden = graph.HiddenFrom(userId);
        var items = saves.Take(size)
            .Select(s => store.FindVideo(s.VideoId))
            .OfType<KnownVideo>()
            .Where(v => !hidden.Contains(v.CreatorId))
            .Select(v => Card(v, accounts.FindById(v.CreatorId)))
            .ToList();
        var next = saves.Count > size ? Paging.Encode(saves[size - 1].CreatedAt, saves[size - 1].VideoId) : null;
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }

    private static VideoCard Card(KnownVideo v, UserRecord? creator) => new(
        v.Id,
        new CardCreator(v.CreatorId, creator?.Handle ?? "", creator?.DisplayName ?? ""),
        v.Caption,
        v.Hashtags,
        v.SoundId is null ? null : new CardSound(v.SoundId, v.SoundTitle ?? ""),
        v.DurationMs,
        v.Width,
        v.Height,
        v.PlaylistUrl,
        v.PosterUrl,
        new CardStats(v.Views, v.Likes, v.Comments, v.Shares),
        new DateTimeOffset(DateTime.SpecifyKind(v.CreatedAt.ToUniversalTime(), DateTimeKind.Utc)))
    {
        DuetOf = v.DuetOf,
        StitchOf = v.StitchOf,
    };
}
