using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ShortVideo.Gateway;

/// <summary>Token buckets per signed-in user, or per client address when signed out (<c>Gateway:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>API requests of any kind: the burst a client may send at once, and the rate it refills at.</summary>
    public int RequestBurst { get; set; } = 300;

    public int RequestsPerSecond { get; set; } = 30;

    /// <summary>Writes (anything but GET, HEAD, OPTIONS) are held to a stricter bucket as well.</summary>
    public int WriteBurst { get; set; } = 100;

    public int WritesPerSecond { get; set; } = 10;
}

/// <summary>
/// ASP.NET Core's rate limiter in front of the API: two chained buckets (all requests, and writes),
/// partitioned by the token's subject or the client address. Media, the web client and health checks
/// are not limited here: a CDN carries media in production. A refusal is 429 problem details with
/// Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => Bucket(options.RequestBurst, options.RequestsPerSecond))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context) && IsWrite(context.Request.Method)
                    ? RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => Bucket(options.WriteBurst, options.WritesPerSecond))
                    : RateLimitPartition.GetNoLimiter("")));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        GatewayMetrics.RateLimited.Add(1, new KeyValuePair<string, object?>("write", IsWrite(context.Request.Method)));
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Slow down: try again in {seconds} s.").ExecuteAsync(context);
    }

    private static string Client(HttpContext context) =>
        context.User.FindFirstValue("sub") is { } user ? "user:" + user : "ip:" + context.Connection.RemoteIpAddress;

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}
