using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class ProfileEndpoints
{
    public const int MaxBio = 160;

    public static IEndpointRouteBuilder MapProfileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/{handle}", GetProfile);
        // "me" is reserved as a handle: the signed-in user's own profile, as PATCH edits it.
        app.MapGet("/api/users/me", GetMe).RequireAuthorization();
        app.MapPatch("/api/users/me", PatchMe).RequireAuthorization();
        return app;
    }

    /// <summary>Someone the owner blocked finds no profile at all, as if there were none.</summary>
    private static Results<Ok<Profile>, ProblemHttpResult> GetProfile(string handle, ClaimsPrincipal principal, IAccountStore accounts, IGraphStore graph)
    {
        if (People.ByHandle(accounts, handle) is not { } user) return Problems.NotFound($"User '{handle}'");
        if (People.ViewerId(principal) is not { } viewerId || accounts.FindById(viewerId) is not { } viewer) return TypedResults.Ok(Profile.Of(user));
        if (viewer.Id != user.Id && graph.HasBlocked(user.Id, viewer.Id)) return Problems.NotFound($"User '{handle}'");
        return TypedResults.Ok(Profile.Of(user) with
        {
            IsFollowing = graph.IsFollowing(viewer.Seq, user.Seq),
            FollowsYou = graph.IsFollowing(user.Seq, viewer.Seq),
            IsBlocked = graph.HasBlocked(viewer.Id, user.Id),
        });
    }

    private static Results<Ok<Profile>, ProblemHttpResult> GetMe(ClaimsPrincipal principal, IAccountStore accounts) =>
        accounts.FindById(People.ViewerId(principal)!) is { } me ? TypedResults.Ok(Profile.Of(me)) : Problems.NotFound("Your account");

    private static Results<Ok<Profile>, ProblemHttpResult> PatchMe(ProfilePatch patch, ClaimsPrincipal principal, IAccountStore accounts, TimeProvider clock)
    {
        if (Validate(patch) is { } problem) return problem;
        var updated = accounts.Update(People.ViewerId(principal)!, user => Apply(patch, user), user => Changed(user, clock));
        return updated is null ? Problems.NotFound("Your account") : TypedResults.Ok(Profile.Of(updated));
    }

    private static ProblemHttpResult? Validate(ProfilePatch patch)
    {
        if (AccountRules.DisplayNameProblem(patch.DisplayName) is { } nameProblem) return Problems.Invalid("displayName", nameProblem);
        if (patch.DisplayName is { } name && string.IsNullOrWhiteSpace(name))
        {
            return Problems.Invalid("displayName", "A display name cannot be blank; leave it out to keep the current one.");
        }
        if (patch.Bio is { Length: > MaxBio } || patch.Bio?.Any(c => char.IsControl(c) && c != '\n') == true)
        {
            return Problems.Invalid("bio", $"A bio is at most {MaxBio} characters, without control characters besides line breaks.");
        }
        if (patch.Links?.YouTube is { Length: > 0 } youtube && ProfileLinks.YouTube(youtube) is null)
        {
            return Problems.Invalid("links.youtube", "A YouTube link is an https URL of a youtube.com channel or handle.");
        }
        if (patch.Links?.Instagram is { Length: > 0 } instagram && ProfileLinks.Instagram(instagram) is null)
        {
            return Problems.Invalid("links.instagram", "An Instagram link is an https URL of an instagram.com profile.");
        }
        return null;
    }

    private static void Apply(ProfilePatch patch, UserRecord user)
    {
        if (!string.IsNullOrWhiteSpace(patch.DisplayName)) user.DisplayName = patch.DisplayName.Trim();
        if (patch.Bio is not null) user.Bio = patch.Bio.Trim();
        if (patch.Links?.YouTube is { } yt) user.YouTube = yt.Length == 0 ? null : ProfileLinks.YouTube(yt);
        if (patch.Links?.Instagram is { } ig) user.Instagram = ig.Length == 0 ? null : ProfileLinks.Instagram(ig);
    }

    public static UserProfileUpdated Changed(UserRecord user, TimeProvider clock) =>
        new(user.Id, user.Handle, user.DisplayName, user.Bio, user.AvatarUrl, clock.GetUtcNow());
}

public sealed record ProfilePatch(string? DisplayName, string? Bio, ProfileLinksView? Links);
