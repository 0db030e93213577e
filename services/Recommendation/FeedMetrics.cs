using System.Diagnostics.Metrics;

namespace ShortVideo.Recommendation;

/// <summary>
/// On the meter <c>ShortVideo.Recommendation</c>: time to build a feed page, the candidates each
/// For You page ranked and how long ranking took, and the lag from an engagement event to the
/// profile or catalogue it changes (after which the next page reflects it).
/// </summary>
public sealed class FeedMetrics
{
    private readonly Histogram<double> _latency;
    private readonly Histogram<int> _candidates;
    private readonly Histogram<double> _ranking;
    private readonly Histogram<double> _lag;

    public FeedMetrics(IMeterFactory meters)
    {
        var meter = meters.Create("ShortVideo.Recommendation");
        _latency = meter.CreateHistogram<double>("shortvideo.feed.duration", "s", "Time to build one feed page");
        _candidates = meter.CreateHistogram<int>("shortvideo.feed.candidates", "{video}", "Candidates ranked for one For You page");
        _ranking = meter.CreateHistogram<double>("shortvideo.feed.ranking.duration", "s", "Time to gather, filter, score and mix one For You page");
        _lag = meter.CreateHistogram<double>("shortvideo.feed.event_lag", "s", "From an engagement event's time to the state that the next page reads");
    }

    public void Served(string feed, TimeSpan elapsed) =>
        _latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("feed", feed));

    public void Ranked(int candidates, TimeSpan elapsed)
    {
        _candidates.Record(candidates);
        _ranking.Record(elapsed.TotalSeconds);
    }

    public void Applied(string @event, DateTimeOffset occurredAt, DateTimeOffset now) =>
        _lag.Record(Math.Max(0, (now - occurredAt).TotalSeconds), new KeyValuePair<string, object?>("event", @event));
}
