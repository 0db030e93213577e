using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ShortVideo.Gateway;

/// <summary>Token buckets per signed-in user, or per client address when signed out (<c>Gateway:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>API reads (GET, HEAD, OPTIONS): the burst a client may send at once, and the rate it refills at.</summary>
    public int ReadBurst { get; set; } = 300;

    public int ReadsPerSecond { get; set; } = 30;

    /// <summary>API writes (anything else) have a stricter bucket of their own.</summary>
    public int WriteBurst { get; set; } = 100;

    public int WritesPerSecond { get; set; } = 10;
}

/// <summary>
/// ASP.NET Core's rate limiter in front of the API: a read bucket and a stricter write bucket per client (the
/// token's subject, or the address when signed out). One partition per request, found by a struct key, so a
/// read costs one bucket lookup and no allocation. Media, the web client and health checks are not limited
/// here: a CDN carries media in production. A refusal is 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, Client>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter(default(Client));
                var write = IsWrite(context.Request.Method);
                var user = context.User.FindFirstValue("sub");
                var client = new Client(write, user, user is null ? context.Connection.RemoteIpAddress : null);
                return RateLimitPartition.GetTokenBucketLimiter(client, key => key.Write
                    ? Bucket(options.WriteBurst, options.WritesPerSecond)
                    : Bucket(options.ReadBurst, options.ReadsPerSecond));
            });
            limiter.OnRejected = RejectAsync;
        });
    }

    /// <summary>Whose bucket: a signed-in user's, or a signed-out address's; reads and writes apart.</summary>
    private readonly record struct Client(bool Write, string? User, IPAddress? Address);

    public static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

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
            // ASP.NET Core's defaults know no type for 429; RFC 6585 defines the status.
            type: "https://tools.ietf.org/html/rfc6585#section-4",
            title: "Too many requests",
            detail: $"Slow down: try again in {seconds} s.").ExecuteAsync(context);
    }
}
