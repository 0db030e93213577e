using System.Diagnostics.Metrics;

namespace ShortVideo.HashtagSearch;

/// <summary>The numbers an operator watches for discovery, on the meter <c>ShortVideo.HashtagSearch</c>.</summary>
public sealed class HashtagSearchMetrics
{
    public const string MeterName = "ShortVideo.HashtagSearch";
    private readonly Counter<long> _indexed;
    private readonly Histogram<double> _latency;
    private readonly Histogram<double> _lag;
    private readonly TimeProvider _clock;

    public HashtagSearchMetrics(IMeterFactory meters, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        var meter = meters.Create(MeterName);
        _indexed = meter.CreateCounter<long>("shortvideo.search.index_writes", "{event}", "Events written into the search index");
        _latency = meter.CreateHistogram<double>("shortvideo.search.duration", "s", "How long a discovery lookup took, by kind");
        _lag = meter.CreateHistogram<double>("shortvideo.search.index_lag", "s", "From an event happening to the index showing it");
    }

    /// <summary>An event that happened at <paramref name="happenedAt"/> is now visible in the index.</summary>
    public void Indexed(DateTimeOffset happenedAt)
    {
        _indexed.Add(1);
        _lag.Record(Math.Max(0, (_clock.GetUtcNow() - happenedAt).TotalSeconds));
    }

    /// <param name="kind">Which lookup ran: <c>search</c>, <c>hashtag</c>, <c>suggest</c> or <c>trending</c>.</param>
    public void Queried(string kind, TimeSpan elapsed) =>
        _latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
}
