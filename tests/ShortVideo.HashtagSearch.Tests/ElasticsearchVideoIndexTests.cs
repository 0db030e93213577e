using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// The index contract on Elasticsearch, against the server named by <c>ELASTICSEARCH_URL</c>
/// (e.g. <c>http://localhost:9200</c>). There is no Elasticsearch server here and no Docker to
/// start one, so without that variable every test reports skipped, saying why.
/// </summary>
public sealed class ElasticsearchVideoIndexTests : VideoIndexContract
{
    public const string UrlVariable = "ELASTICSEARCH_URL";
    public const string SkipReason = "ELASTICSEARCH_URL is not set: no Elasticsearch server (nor Docker to start one) is available here";
    private ElasticsearchVideoIndex? _elastic;

    protected override IVideoIndex Open()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        Skip.If(string.IsNullOrWhiteSpace(url), SkipReason);
        // An alias of its own per test, so tests run in parallel on one server and leave nothing behind.
        _elastic = new ElasticsearchVideoIndex(new Uri(url), "shortvideo-test-" + Guid.NewGuid().ToString("N")[..12]);
        return _elastic;
    }

    public override void Dispose()
    {
        _elastic?.DeleteEverything();
        base.Dispose();
    }
}
