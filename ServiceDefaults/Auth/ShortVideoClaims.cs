using System.Security.Claims;

namespace ShortVideo.ServiceDefaults.Auth;

public static class ShortVideoClaims
{
    public const string UserId = "sub";
    public const string Handle = "handle";
    public const string DisplayName = "name";

    public static string? UserIdOf(ClaimsPrincipal user) => user.FindFirst(UserId)?.Value;

    public static CurrentUser? CurrentOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && UserIdOf(user) is { } id
            ? new CurrentUser(id, user.FindFirst(Handle)?.Value ?? "", user.FindFirst(DisplayName)?.Value ?? "")
            : null;
}
