using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShortVideo.SocialGraph.RateLimiting;

/// <summary>
/// Password guessing against one account: each handle may fail to sign in so many times a window (<see cref="SocialGraphOptions.FailedSignIns"/>),
/// whatever address the attempts come from; the gateway's per-address limit cannot see that they aim at one account. Past that, sign-ins
/// for the handle are refused, right password or not, until the window ends. Kept in this instance's memory: replicas each keep their own.
/// </summary>
public sealed class FailedSignIns : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets;

    public FailedSignIns(IOptions<SocialGraphOptions> options)
    {
        var limit = options.Value.FailedSignIns;
        // A fixed window, not a token bucket: a bucket refills by fractions, and "any permit left" would then hold again within seconds.
        _buckets = PartitionedRateLimiter.Create<string, string>(handle => RateLimitPartition.GetFixedWindowLimiter(handle, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>When sign-ins for <paramref name="handle"/> may be tried again, or null if they may now.</summary>
    public TimeSpan? RefusedFor(string handle)
    {
        using var lease = _buckets.AttemptAcquire(handle, 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
    }

    public void Failed(string handle) => _buckets.AttemptAcquire(handle, 1).Dispose();

    public void Dispose() => _buckets.Dispose();
}
