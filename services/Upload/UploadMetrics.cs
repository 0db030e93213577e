using System.Diagnostics.Metrics;

namespace ShortVideo.Upload;

/// <summary>The numbers an operator watches for uploads, on the meter <c>ShortVideo.Upload</c>.</summary>
public sealed class UploadMetrics
{
    public const string MeterName = "ShortVideo.Upload";
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _bytes;
    private readonly Counter<long> _outcomes;
    private readonly Histogram<double> _uploadToReady;

    public UploadMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("shortvideo.uploads.accepted", "{video}");
        _rejected = meter.CreateCounter<long>("shortvideo.uploads.rejected", "{video}");
        _bytes = meter.CreateCounter<long>("shortvideo.uploads.bytes", "By");
        _outcomes = meter.CreateCounter<long>("shortvideo.videos.processed", "{video}");
        _uploadToReady = meter.CreateHistogram<double>("shortvideo.videos.upload_to_ready", "s");
    }

    public void Accepted(long bytes)
    {
        _accepted.Add(1);
        _bytes.Add(bytes);
    }

    public void Rejected(string rule) => _rejected.Add(1, new KeyValuePair<string, object?>("rule", rule));

    public void Ready(TimeSpan sinceUpload)
    {
        _outcomes.Add(1, new KeyValuePair<string, object?>("status", "ready"));
        _uploadToReady.Record(sinceUpload.TotalSeconds);
    }

    public void Failed() => _outcomes.Add(1, new KeyValuePair<string, object?>("status", "failed"));
}
