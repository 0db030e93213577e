using System.Diagnostics.Metrics;

namespace ShortVideo.Recommendation;

/// <summary>On the meter <c>ShortVideo.Recommendation</c>: how long a feed page takes, and how many are served.</summary>
public sealed class FeedMetrics
{
    private readonly Histogram<double> _latency;

    public FeedMetrics(IMeterFactory meters)
    {
        var meter = meters.Create("ShortVideo.Recommendation");
        _latency = meter.CreateHistogram<double>("shortvideo.feed.duration", "s", "Time to build one feed page");
    }

    public void Served(string feed, TimeSpan elapsed) =>
        _latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("feed", feed));
}
