using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShortVideo.SocialGraph.RateLimiting;

/// <summary>
/// Password guessing against one account: each handle may be tried so many times a window (<see cref="SocialGraphOptions.SignInAttempts"/>),
/// whatever address the attempts come from; the gateway's per-address limit cannot see that they aim at one account. Past that, sign-ins
/// for the handle are refused, right password or not, until the window ends. Every attempt counts, not only failures: counting a failure
/// after the slow password check would let guesses sent at once all pass. A legitimate user signs in far less often. Kept in this
/// instance's memory (one small limiter per handle tried, and only strings that could be handles): replicas each keep their own.
/// </summary>
public sealed class SignInAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets;

    public SignInAttempts(IOptions<SocialGraphOptions> options)
    {
        var limit = options.Value.SignInAttempts;
        // A fixed window: the whole window's attempts at once, then none until it ends.
        _buckets = PartitionedRateLimiter.Create<string, string>(handle => RateLimitPartition.GetFixedWindowLimiter(handle, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Counts a sign-in attempt for <paramref name="handle"/>: null when it may go ahead, or how long to wait (the window's length, an
    /// upper bound: the limiter does not say how much of the window is left).
    /// </summary>
    public TimeSpan? Attempt(string handle)
    {
        using var lease = _buckets.AttemptAcquire(handle, 1);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _buckets.Dispose();
}
