using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.ServiceDefaults.Auth;
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
        app.MapPatch("/api/users/me", PatchMe).RequireAuthorization();
        return app;
    }

    private static Results<Ok<Profile>, ProblemHttpResult> GetProfile(string handle, ClaimsPrincipal principal, ISocialStore store)
    {
        if (store.FindByHandle(AccountRules.Normalise(handle)) is not { } user) return Problems.NotFound($"User '{handle}'");
        var viewer = ShortVideoClaims.UserIdOf(principal);
        return TypedResults.Ok(Profile.Of(user, store.Stats(user.Id), viewer is null ? null : store.IsFollowing(viewer, user.Id)));
    }

    private static Results<Ok<Profile>, ProblemHttpResult> PatchMe(ProfilePatch patch, ClaimsPrincipal principal, ISocialStore store)
    {
        if (store.FindById(ShortVideoClaims.UserIdOf(principal)!) is not { } user) return Problems.NotFound("Your account");
        if (AccountRules.DisplayNameProblem(patch.DisplayName) is { } nameProblem) return Problems.Invalid("displayName", nameProblem);
        if (patch.Bio is { Length: > MaxBio }) return Problems.Invalid("bio", $"A bio is at most {MaxBio} characters.");
        if (patch.Links?.YouTube is { } youtube && ProfileLinks.YouTube(youtube) is null)
        {
            return Problems.Invalid("links.youtube", "A YouTube link is an https URL of a youtube.com channel or handle.");
        }
        if (patch.Links?.Instagram is { } instagram && ProfileLinks.Instagram(instagram) is null)
        {
            return Problems.Invalid("links.instagram", "An Instagram link is an https URL of an instagram.com profile.");
        }

        if (!string.IsNullOrWhiteSpace(patch.DisplayName)) user.DisplayName = patch.DisplayName.Trim();
        if (patch.Bio is not null) user.Bio = patch.Bio.Trim();
        if (patch.Links?.YouTube is { } yt) user.YouTube = yt.Length == 0 ? null : ProfileLinks.YouTube(yt);
        if (patch.Links?.Instagram is { } ig) user.Instagram = ig.Length == 0 ? null : ProfileLinks.Instagram(ig);
        store.UpdateProfile(user);
        return TypedResults.Ok(Profile.Of(user, store.Stats(user.Id), null));
    }
}

public sealed record ProfileLinksView(string? YouTube, string? Instagram);

public sealed record ProfilePatch(string? DisplayName, string? Bio, ProfileLinksView? Links);

public sealed record Profile(
    string Id, string Handle, string DisplayName, string Bio, ProfileLinksView Links, ProfileStats Stats, bool? IsFollowing)
{
    public static Profile Of(UserRecord user, ProfileStats stats, bool? isFollowing) =>
        new(user.Id, user.Handle, user.DisplayName, user.Bio, new ProfileLinksView(user.YouTube, user.Instagram), stats, isFollowing);
}
