using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults.Auth;

namespace ShortVideo.SocialGraph.RateLimiting;

/// <summary>
/// Per-user limits on follows, comments and likes (ASP.NET Core's rate limiter, partitioned by the
/// token's user id). A refused request gets 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Follows = "follows";
    public const string Comments = "comments";
    public const string Likes = "likes";

    public static IServiceCollection AddSocialRateLimits(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        limiter.AddPolicy(Follows, http => Partition(http, o => o.Follows));
        limiter.AddPolicy(Comments, http => Partition(http, o => o.Comments));
        limiter.AddPolicy(Likes, http => Partition(http, o => o.Likes));
    });

    private static RateLimitPartition<string> Partition(HttpContext http, Func<SocialGraphOptions, SocialGraphOptions.RateLimit> pick)
    {
        var limit = pick(http.RequestServices.GetRequiredService<IOptions<SocialGraphOptions>>().Value);
        // These routes require a token, so the anonymous partition only ever sees requests that fail authorization anyway.
        var user = ShortVideoClaims.UserIdOf(http.User) ?? "anonymous";
        return RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "";
        http.RequestServices.GetRequiredService<SocialGraphMetrics>().RateLimited(policy);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        await TooMany(http.Response, retryAfter, seconds => $"Too many {policy} from this account; try again in {seconds} s.").ExecuteAsync(http);
    }

    /// <summary>429 problem details with Retry-After in whole seconds (at least 1), the detail told those seconds.</summary>
    public static ProblemHttpResult TooMany(HttpResponse response, TimeSpan wait, Func<int, string> detail)
    {
        var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // ASP.NET Core's defaults know no type for 429; RFC 6585 defines the status.
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, type: "https://tools.ietf.org/html/rfc6585#section-4",
            title: "Too many requests", detail: detail(seconds));
    }
}
