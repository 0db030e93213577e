using System.Text;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using ShortVideo.ServiceDefaults.Http;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The production index: an Elasticsearch alias over one concrete index with the explicit mapping
/// of <see cref="ElasticsearchMapping"/>. Writes refresh before they return, so, as with Lucene, a
/// consumer acknowledges only what searches already see. A rebuild fills a new concrete index and
/// moves the alias to it in one atomic alias update. Requests are the documented REST API through
/// the official client's transport (connection pool, retries, telemetry).
/// </summary>
public sealed class ElasticsearchVideoIndex : IVideoIndex, IDisposable
{
    private readonly ElasticsearchClient _client;
    private readonly Analyzer _analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly object _writeGate = new();
    private string? _next;

    /// <param name="alias">The name clients search; concrete indexes are named after it with a suffix.</param>
    public ElasticsearchVideoIndex(Uri server, string alias)
    {
        _client = new ElasticsearchClient(new ElasticsearchClientSettings(server).DisableDirectStreaming());
        Alias = alias;
        if (!Send(HttpMethod.HEAD, $"/_alias/{alias}", allowNotFound: true).ApiCallDetails.HasSuccessfulStatusCode)
        {
            var first = CreateConcreteIndex();
            Send(HttpMethod.POST, "/_aliases", new JsonObject { ["actions"] = new JsonArray(AliasAction("add", first)) }.ToJsonString());
        }
    }

    public string Alias { get; }

    public void Upsert(IReadOnlyCollection<IndexDocument> documents)
    {
        lock (_writeGate)
        {
            Bulk(Alias, documents, refresh: true);
            if (_next is not null) Bulk(_next, documents, refresh: false);
        }
    }

    public void DeleteVideo(string videoId)
    {
        lock (_writeGate)
        {
            var id = Uri.EscapeDataString(LuceneDocuments.KeyOf(LuceneDocuments.Video, videoId));
            Send(HttpMethod.DELETE, $"/{Alias}/_doc/{id}?refresh=true", allowNotFound: true);
            if (_next is not null) Send(HttpMethod.DELETE, $"/{_next}/_doc/{id}", allowNotFound: true);
        }
    }

    public VideoCard? FindVideo(string videoId) => Get(LuceneDocuments.KeyOf(LuceneDocuments.Video, videoId)) is { } source ? ElasticsearchDocuments.CardOf(source) : null;

    public HashtagDocument? FindHashtag(string tag) => Get(LuceneDocuments.KeyOf(LuceneDocuments.Hashtag, tag)) is { } source ? ElasticsearchDocuments.HashtagOf(source) : null;

    public IReadOnlyList<VideoCard> Recent(string tag, (DateTime CreatedAt, string Id)? after, int limit, IReadOnlySet<string> hidden) =>
        Search(ElasticsearchQueries.Tagged(tag, after, hidden), ElasticsearchQueries.Newest, 0, limit, ElasticsearchDocuments.CardOf);

    public IReadOnlyList<VideoCard> Top(string tag, int offset, int limit, IReadOnlySet<string> hidden) =>
        Search(ElasticsearchQueries.Tagged(tag, null, hidden), ElasticsearchQueries.Hottest, offset, limit, ElasticsearchDocuments.CardOf);

    public IReadOnlyList<HashtagDocument> Suggest(string foldedPrefix, int limit) =>
        foldedPrefix.Length == 0 ? [] : Search(ElasticsearchQueries.Suggest(foldedPrefix), ElasticsearchQueries.MostUsed, 0, limit, ElasticsearchDocuments.HashtagOf);

    public IReadOnlyList<VideoCard> SearchVideos(string text, int offset, int limit, IReadOnlySet<string> hidden) =>
        Search(ElasticsearchQueries.Videos(_analyzer, text, hidden), ElasticsearchQueries.Best, offset, limit, ElasticsearchDocuments.CardOf);

    public IReadOnlyList<UserDocument> SearchUsers(string text, int offset, int limit, IReadOnlySet<string> hidden) =>
        Search(ElasticsearchQueries.Users(_analyzer, text, hidden), ElasticsearchQueries.Best, offset, limit, ElasticsearchDocuments.UserOf);

    public IReadOnlyList<HashtagDocument> SearchHashtags(string text, int offset, int limit) =>
        Search(ElasticsearchQueries.Hashtags(text), ElasticsearchQueries.Best, offset, limit, ElasticsearchDocuments.HashtagOf);

    public IReadOnlyList<SoundDocument> SearchSounds(string text, int offset, int limit) =>
        Search(ElasticsearchQueries.Sounds(_analyzer, text), ElasticsearchQueries.Best, offset, limit, ElasticsearchDocuments.SoundOf);

    public IIndexRebuild BeginRebuild()
    {
        lock (_writeGate)
        {
            if (_next is not null) throw new InvalidOperationException("A rebuild is already running.");
            _next = CreateConcreteIndex();
            return new Rebuild(this, _next);
        }
    }

    /// <summary>Drops the alias and every concrete index behind it, one by one by name (servers refuse wildcard deletes by default). Tests clean up with this.</summary>
    public void DeleteEverything()
    {
        var indexes = JsonNode.Parse(Send(HttpMethod.GET, $"/_cat/indices/{Alias}-*?format=json&h=index").Body)!.AsArray();
        foreach (var name in indexes.Select(i => i!["index"]!.GetValue<string>())) Send(HttpMethod.DELETE, $"/{name}", allowNotFound: true);
    }

    public void Dispose() => _analyzer.Dispose();

    private string CreateConcreteIndex()
    {
        var name = $"{Alias}-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        Send(HttpMethod.PUT, $"/{name}", ElasticsearchMapping.Json);
        return name;
    }

    private void Complete(string next)
    {
        lock (_writeGate)
        {
            Send(HttpMethod.POST, $"/{next}/_refresh");
            var current = JsonNode.Parse(Send(HttpMethod.GET, $"/_alias/{Alias}").Body)!.AsObject().Select(p => p.Key).ToList();
            // One request, applied atomically: searches see the old index or the new one, never neither.
            var actions = new JsonArray([.. current.Select(old => AliasAction("remove", old)), AliasAction("add", next)]);
            Send(HttpMethod.POST, "/_aliases", new JsonObject { ["actions"] = actions }.ToJsonString());
            _next = null;
            foreach (var old in current) Send(HttpMethod.DELETE, $"/{old}", allowNotFound: true);
        }
    }

    private void Abandon(string next)
    {
        lock (_writeGate)
        {
            if (_next != next) return;
            _next = null;
            Send(HttpMethod.DELETE, $"/{next}", allowNotFound: true);
        }
    }

    private JsonNode AliasAction(string action, string index) =>
        new JsonObject { [action] = new JsonObject { ["index"] = index, ["alias"] = Alias } };

    private void Bulk(string index, IEnumerable<IndexDocument> documents, bool refresh)
    {
        var body = new StringBuilder();
        foreach (var document in documents)
        {
            var id = ElasticsearchDocuments.IdOf(document);
            if (LuceneDocuments.IsEmpty(document))
            {
                body.Append(new JsonObject { ["delete"] = new JsonObject { ["_id"] = id } }.ToJsonString()).Append('\n');
                continue;
            }
            body.Append(new JsonObject { ["index"] = new JsonObject { ["_id"] = id } }.ToJsonString()).Append('\n');
            body.Append(ElasticsearchDocuments.Source(document).ToJsonString()).Append('\n');
        }
        if (body.Length == 0) return;
        var response = JsonNode.Parse(Send(HttpMethod.POST, $"/{index}/_bulk" + (refresh ? "?refresh=true" : ""), body.ToString()).Body)!;
        // A bulk answers 200 even when items fail; a 404 on a delete is a document that was not there.
        if (response["errors"]?.GetValue<bool>() == true
            && response["items"]!.AsArray().Any(i => i!.AsObject().First().Value!["status"]!.GetValue<int>() is >= 300 and not 404))
        {
            throw new InvalidOperationException($"Elasticsearch refused part of a bulk write to {index}: {response.ToJsonString()[..Math.Min(2000, response.ToJsonString().Length)]}");
        }
    }

    private JsonNode? Get(string id)
    {
        var response = Send(HttpMethod.GET, $"/{Alias}/_doc/{Uri.EscapeDataString(id)}", allowNotFound: true);
        return response.ApiCallDetails.HttpStatusCode == 404 ? null : JsonNode.Parse(response.Body)!["_source"];
    }

    private List<T> Search<T>(JsonObject query, JsonArray sort, int offset, int limit, Func<JsonNode, T> read)
    {
        var body = ElasticsearchQueries.Body(query, sort, offset, limit).ToJsonString();
        var hits = JsonNode.Parse(Send(HttpMethod.POST, $"/{Alias}/_search", body).Body)!["hits"]!["hits"]!.AsArray();
        return hits.Select(hit => read(hit!["_source"]!)).ToList();
    }

    private StringResponse Send(HttpMethod method, string path, string? body = null, bool allowNotFound = false)
    {
        var response = _client.Transport.Request<StringResponse>(method, path, body is null ? null : PostData.String(body));
        var status = response.ApiCallDetails.HttpStatusCode;
        if (response.ApiCallDetails.HasSuccessfulStatusCode || (allowNotFound && status == 404)) return response;
        throw new InvalidOperationException($"Elasticsearch answered {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} to {method} {path}: {response.Body}",
            response.ApiCallDetails.OriginalException);
    }

    private sealed class Rebuild(ElasticsearchVideoIndex index, string next) : IIndexRebuild
    {
        private bool _completed;

        public void Upsert(IReadOnlyCollection<IndexDocument> documents)
        {
            lock (index._writeGate) index.Bulk(next, documents, refresh: false);
        }

        public void Complete()
        {
            index.Complete(next);
            _completed = true;
        }

        public void Dispose()
        {
            if (!_completed) index.Abandon(next);
        }
    }
}
