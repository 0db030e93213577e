using System.Diagnostics.Metrics;

namespace ShortVideo.Transcode;

/// <summary>On the meter <c>ShortVideo.Transcode</c>: encode time, outcomes and encodes in flight.</summary>
public sealed class TranscodeMetrics
{
    public const string MeterName = "ShortVideo.Transcode";
    private readonly Histogram<double> _seconds;
    private readonly Histogram<double> _speed;
    private readonly Counter<long> _jobs;
    private readonly UpDownCounter<long> _active;

    public TranscodeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _seconds = meter.CreateHistogram<double>("shortvideo.transcode.duration", "s", "Wall time of one encode");
        _speed = meter.CreateHistogram<double>("shortvideo.transcode.speed", "{x}", "Seconds of video encoded per second");
        _jobs = meter.CreateCounter<long>("shortvideo.transcode.jobs", "{job}");
        _active = meter.CreateUpDownCounter<long>("shortvideo.transcode.active", "{job}");
    }

    public IDisposable Started()
    {
        _active.Add(1);
        return new Finished(_active);
    }

    public void Succeeded(double seconds, double mediaSeconds)
    {
        _jobs.Add(1, new KeyValuePair<string, object?>("outcome", "ready"));
        _seconds.Record(seconds);
        if (seconds > 0) _speed.Record(mediaSeconds / seconds);
    }

    public void Failed(string rule) => _jobs.Add(1, new KeyValuePair<string, object?>("outcome", "failed"), new KeyValuePair<string, object?>("rule", rule));

    private sealed class Finished(UpDownCounter<long> active) : IDisposable
    {
        public void Dispose() => active.Add(-1);
    }
}
