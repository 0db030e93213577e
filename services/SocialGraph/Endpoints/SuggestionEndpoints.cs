using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Discovery;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class SuggestionEndpoints
{
    public static IEndpointRouteBuilder MapSuggestionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/me/suggestions", Suggestions).RequireAuthorization();
        return app;
    }

    private static Results<Ok<Page<SuggestedUser>>, ProblemHttpResult> Suggestions(
        ClaimsPrincipal me, IAccountStore accounts, SuggestionFinder finder, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (accounts.FindById(People.ViewerId(me)!) is not { } viewer) return Problems.NotFound("Your account");
        if (!Paging.TryDecodeOffset(cursor, out var offset) || offset < 0) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var found = finder.Find(viewer, offset, size + 1);
        var items = found.Take(size)
            .Select(s => new SuggestedUser(s.User.Id, s.User.Handle, s.User.DisplayName, s.User.AvatarUrl, s.MutualCount, s.InterestCount, s.FollowsYou))
            .ToList();
        return TypedResults.Ok(new Page<SuggestedUser>(items, found.Count > size ? Paging.EncodeOffset(offset + size) : null));
    }
}
