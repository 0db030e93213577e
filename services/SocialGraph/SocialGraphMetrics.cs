using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ShortVideo.SocialGraph;

/// <summary>The numbers an operator watches for people and engagement, on the meter <c>ShortVideo.SocialGraph</c>.</summary>
public sealed class SocialGraphMetrics
{
    public const string Name = "ShortVideo.SocialGraph";
    public static readonly ActivitySource Source = new(Name);
    private readonly Counter<long> _writes;
    private readonly Counter<long> _limited;
    private readonly Histogram<double> _suggestions;

    public SocialGraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _writes = meter.CreateCounter<long>("shortvideo.social.writes", "{write}", "Follows, blocks, likes, saves, comments, views and shares by kind and outcome");
        _limited = meter.CreateCounter<long>("shortvideo.social.rate_limited", "{request}");
        _suggestions = meter.CreateHistogram<double>("shortvideo.social.suggestions.duration", "ms");
    }

    public void Write(string kind, string outcome) =>
        _writes.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    public void RateLimited(string policy) => _limited.Add(1, new KeyValuePair<string, object?>("policy", policy));

    public void Suggested(TimeSpan took) => _suggestions.Record(took.TotalMilliseconds);
}
