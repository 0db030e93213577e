using Microsoft.AspNetCore.Authorization;

namespace ShortVideo.Gateway;

/// <summary>
/// Reads are open; a write needs a valid token before it reaches a service (the services check
/// it again, and decide who may act on what). Routes that must take anonymous writes, such as
/// register and login, say so in configuration with the "anonymous" policy.
/// </summary>
public static class GatewayPolicies
{
    public const string SignedInWrites = "signed-in-writes";

    public static void RequireTokenForWrites(AuthorizationPolicyBuilder policy) =>
        policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || (context.Resource is HttpContext http && IsRead(http.Request.Method)));

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
