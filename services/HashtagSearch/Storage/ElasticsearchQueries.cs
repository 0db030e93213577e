using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using ShortVideo.HashtagSearch.Domain;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The search bodies behind <see cref="ElasticsearchVideoIndex"/>: the same fields and weights as
/// <see cref="LuceneVideoQueries"/>, in the query DSL. Typos here are Elasticsearch's own fuzzy
/// matching and any word may match; the Lucene adapter's narrower corrections and words-together-first
/// are its own cost savings, within what the contract suite asks of both.
/// </summary>
internal static class ElasticsearchQueries
{
    public static readonly JsonArray Newest = Sorts(("created_ticks", "desc"), ("id", "desc"));
    public static readonly JsonArray Hottest = Sorts(("hot", "desc"), ("id", "desc"));
    public static readonly JsonArray MostUsed = Sorts(("video_count", "desc"), ("id", "asc"));
    public static readonly JsonArray Best = new(JsonValue.Create("_score"), new JsonObject { ["id"] = "desc" });

    public static JsonObject Body(JsonObject query, JsonArray sort, int offset, int limit) => new()
    {
        ["query"] = query,
        ["sort"] = sort.DeepClone(),
        ["from"] = offset,
        ["size"] = limit,
        ["track_total_hits"] = false,
    };

    public static JsonObject Tagged(string tag, (DateTime CreatedAt, string Id)? after, IReadOnlySet<string> hidden)
    {
        var filter = new JsonArray(Term("kind", LuceneDocuments.Video), Term("tag", tag));
        if (after is var (at, id))
        {
            filter.Add(Bool(should: new JsonArray(
                Range("created_ticks", "lt", at.Ticks),
                Bool(filter: new JsonArray(Term("created_ticks", at.Ticks), Range("id", "lt", id))))));
        }
        return Bool(filter: filter, mustNot: Hidden("creator", hidden));
    }

    public static JsonObject Suggest(string foldedPrefix) => Bool(filter: new JsonArray(
        Term("kind", LuceneDocuments.Hashtag),
        foldedPrefix.Length <= LuceneDocuments.MaxIndexedPrefix
            ? new JsonObject { ["match"] = new JsonObject { ["htag_prefix"] = foldedPrefix } }
            : new JsonObject { ["prefix"] = new JsonObject { ["htag_fold"] = foldedPrefix } }));

    public static JsonObject Videos(Analyzer analyzer, string text, IReadOnlySet<string> hidden)
    {
        var words = new JsonArray();
        foreach (var term in QueryTerms.Of(analyzer, text))
        {
            words.Add(WordGroup(term, "all", ("all", 2), ("tag_fold", 3), ("handle", 1), ("name", 1), ("sound_title", 1.5)));
        }
        AddExactHandle(words, text);
        return Engaged(words, LuceneDocuments.Video, Hidden("creator", hidden));
    }

    public static JsonObject Users(Analyzer analyzer, string text, IReadOnlySet<string> hidden)
    {
        var words = new JsonArray();
        foreach (var term in QueryTerms.Of(analyzer, text)) words.Add(WordGroup(term, "all", ("handle", 2), ("name", 1)));
        AddExactHandle(words, text, orItsStart: true);
        return Engaged(words, LuceneDocuments.User, Hidden("id", hidden));
    }

    public static JsonObject Hashtags(string text)
    {
        var words = new JsonArray();
        foreach (var word in TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('#')).Where(w => w.Length > 0).Distinct())
        {
            var group = WordGroup(word, "htag_fold", ("htag_fold", 3));
            group["bool"]!["should"]!.AsArray().Add(new JsonObject { ["prefix"] = new JsonObject { ["htag_fold"] = new JsonObject { ["value"] = word, ["boost"] = 1 } } });
            words.Add(group);
        }
        return Engaged(words, LuceneDocuments.Hashtag, []);
    }

    public static JsonObject Sounds(Analyzer analyzer, string text)
    {
        var words = new JsonArray();
        foreach (var term in QueryTerms.Of(analyzer, text)) words.Add(WordGroup(term, "all", ("sound_title", 1)));
        return Engaged(words, LuceneDocuments.Sound, []);
    }

    /// <summary>Any word matching, multiplied by the document's engagement boost, within one kind.</summary>
    private static JsonObject Engaged(JsonArray words, string kind, JsonArray mustNot) => words.Count == 0
        ? new JsonObject { ["match_none"] = new JsonObject() }
        : Bool(
        must: new JsonArray(new JsonObject
        {
            ["function_score"] = new JsonObject
            {
                ["query"] = Bool(should: words, minimumShouldMatch: 1),
                ["field_value_factor"] = new JsonObject { ["field"] = "boost", ["missing"] = 1 },
                ["boost_mode"] = "multiply",
            },
        }),
        filter: new JsonArray(Term("kind", kind)),
        mustNot: mustNot);

    private static JsonObject WordGroup(string term, string fuzzyField, params (string Field, double Boost)[] fields)
    {
        var should = new JsonArray();
        foreach (var (field, boost) in fields) should.Add(new JsonObject { ["term"] = new JsonObject { [field] = new JsonObject { ["value"] = term, ["boost"] = boost } } });
        var edits = TypoTolerance.MaxEdits(term);
        if (edits > 0)
        {
            should.Add(new JsonObject
            {
                ["fuzzy"] = new JsonObject
                {
                    [fuzzyField] = new JsonObject
                    {
                        ["value"] = term, ["fuzziness"] = edits, ["prefix_length"] = 1, ["max_expansions"] = 20, ["transpositions"] = true, ["boost"] = 0.5,
                    },
                },
            });
        }
        return Bool(should: should);
    }

    /// <summary>As <c>LuceneVideoQueries.AddExactHandle</c>: the handle typed whole, and with <paramref name="orItsStart"/> a handle it begins.</summary>
    private static void AddExactHandle(JsonArray words, string text, bool orItsStart = false)
    {
        var handle = TextFolding.Fold(text.Trim().TrimStart('@'));
        if (handle.Length > 0) words.Add(new JsonObject { ["term"] = new JsonObject { ["handle_exact"] = new JsonObject { ["value"] = handle, ["boost"] = 4 } } });
        if (orItsStart && handle.Length >= LuceneVideoQueries.MinHandlePrefix)
        {
            words.Add(new JsonObject { ["prefix"] = new JsonObject { ["handle_exact"] = new JsonObject { ["value"] = handle, ["boost"] = 1.5 } } });
        }
    }

    private static JsonArray Hidden(string field, IReadOnlySet<string> hidden) =>
        hidden.Count == 0 ? [] : new JsonArray(new JsonObject { ["terms"] = new JsonObject { [field] = new JsonArray(hidden.Select(h => (JsonNode)JsonValue.Create(h)).ToArray()) } });

    private static JsonObject Term(string field, JsonNode value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Range(string field, string op, JsonNode value) => new() { ["range"] = new JsonObject { [field] = new JsonObject { [op] = value } } };

    private static JsonObject Bool(JsonArray? must = null, JsonArray? filter = null, JsonArray? should = null, JsonArray? mustNot = null, int? minimumShouldMatch = null)
    {
        var body = new JsonObject();
        if (must is { Count: > 0 }) body["must"] = must;
        if (filter is { Count: > 0 }) body["filter"] = filter;
        if (should is { Count: > 0 }) body["should"] = should;
        if (mustNot is { Count: > 0 }) body["must_not"] = mustNot;
        if (minimumShouldMatch is { } minimum) body["minimum_should_match"] = minimum;
        return new JsonObject { ["bool"] = body };
    }

    private static JsonArray Sorts(params (string Field, string Order)[] sorts) =>
        new(sorts.Select(s => (JsonNode)new JsonObject { [s.Field] = s.Order }).ToArray());
}
