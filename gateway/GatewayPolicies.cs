using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ShortVideo.Gateway;

/// <summary>
/// What the gateway checks on a proxied request before YARP picks a destination, and how it answers when forwarding fails. One
/// step in the proxy pipeline: a request passes through one asynchronous frame here rather than one per check.
/// </summary>
public static class GatewayPolicies
{
    public static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        if (NeedsToken(context))
        {
            await context.ChallengeAsync();
            return;
        }
        if (ForwarderErrors.DeclaredBodyTooLarge(context) is { } limit)
        {
            await ForwarderErrors.TooLargeAsync(context, limit);
            return;
        }
        await next();
        await ForwarderErrors.AnswerFailureAsync(context);
    }

    /// <summary>
    /// Reads are open; a write needs a valid token before it reaches a service (the services check it again, and decide who may
    /// act on what). Every proxied route is covered unless its configuration says <c>"AuthorizationPolicy": "anonymous"</c>
    /// (register, login, views, shares), so a new route is closed to anonymous writes by default. A plain check rather than an
    /// authorization policy: reads, nearly all the traffic, then cost one comparison instead of a policy evaluation each.
    /// </summary>
    public static bool NeedsToken(HttpContext context) =>
        RateLimits.IsWrite(context.Request.Method)
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;
}
