using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ShortVideo.Gateway;

/// <summary>
/// Reads are open; a write needs a valid token before it reaches a service (the services check it again,
/// and decide who may act on what). Every proxied route is covered unless its configuration says
/// <c>"AuthorizationPolicy": "anonymous"</c> (register, login, views, shares), so a new route is closed to
/// anonymous writes by default. A plain check rather than an authorization policy: reads, nearly all the
/// traffic, then cost one comparison instead of a policy evaluation each.
/// </summary>
public static class GatewayPolicies
{
    public static Task RequireTokenForWrites(HttpContext context, Func<Task> next) =>
        RateLimits.IsWrite(context.Request.Method)
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            ? context.ChallengeAsync()
            : next();
}
