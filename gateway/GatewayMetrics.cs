using System.Diagnostics.Metrics;

namespace ShortVideo.Gateway;

/// <summary>The gateway's own numbers (meter <c>ShortVideo.Gateway</c>); YARP and Kestrel publish request counts and durations.</summary>
public static class GatewayMetrics
{
    public const string MeterName = "ShortVideo.Gateway";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>("shortvideo.gateway.rate_limited", description: "Requests refused with 429.");

    public static readonly Counter<long> ForwardFailures = Meter.CreateCounter<long>("shortvideo.gateway.forward_failures", description: "Requests the gateway could not forward, by status answered.");
}
