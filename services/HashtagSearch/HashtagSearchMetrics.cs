using System.Diagnostics.Metrics;

namespace ShortVideo.HashtagSearch;

/// <summary>The numbers an operator watches for discovery, on the meter <c>ShortVideo.HashtagSearch</c>.</summary>
public sealed class HashtagSearchMetrics
{
    public const string MeterName = "ShortVideo.HashtagSearch";
    private readonly Counter<long> _indexed;
    private readonly Histogram<double> _latency;

    public HashtagSearchMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _indexed = meter.CreateCounter<long>("shortvideo.search.videos_indexed", "{video}");
        _latency = meter.CreateHistogram<double>("shortvideo.search.duration", "s");
    }

    public void Indexed() => _indexed.Add(1);

    /// <param name="kind">Which lookup ran: <c>search</c> or <c>hashtag</c>.</param>
    public void Queried(string kind, TimeSpan elapsed) =>
        _latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
}
