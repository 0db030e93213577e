using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.ValueSources;
using Lucene.Net.Search;
using ShortVideo.HashtagSearch.Domain;
using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>The Lucene queries and orders behind <see cref="IVideoIndex"/>.</summary>
internal static class LuceneVideoQueries
{
    // The id breaks ties on time, so that a keyset cursor (time, id) names one position.
    public static Sort Newest => new(
        new SortField(CreatedAtSort, SortFieldType.INT64, true),
        new SortField(IdSort, SortFieldType.STRING, true));

    public static Sort Hottest => new(
        new SortField(LuceneDocuments.Hot, SortFieldType.DOUBLE, true),
        new SortField(IdSort, SortFieldType.STRING, true));

    public static Sort MostUsed => new(
        new SortField(VideoCount, SortFieldType.INT64, true),
        new SortField(IdSort, SortFieldType.STRING, false));

    // Equal scores are common (one matching tag each); a fixed order keeps offset pages stable.
    public static Sort Best => new(SortField.FIELD_SCORE, new SortField(IdSort, SortFieldType.STRING, true));

    public static Query ByKey(string kind, string id) => new TermQuery(new Term(Key, KeyOf(kind, id)));

    /// <param name="sinceDay">When set, only videos created on or after this day (days since year 1).</param>
    public static Query Tagged(string tag, (DateTime CreatedAt, string Id)? after, IReadOnlySet<string> hidden, long? sinceDay = null)
    {
        // Only videos have the tag fields, so no clause on the kind: on a head tag it would be walked in step with 200,000 postings.
        var tagged = sinceDay is { } day ? Days(tag, day) : (Query)new TermQuery(new Term(Tag, tag));
        var query = new BooleanQuery { { tagged, Occur.MUST } };
        if (after is var (at, id)) query.Add(OlderThan(at.Ticks, id), Occur.MUST);
        return Hide(query, Creator, hidden);
    }

    /// <summary>
    /// A tag's videos since a day, as a bit set per segment. Left to choose, Lucene rewrites a range
    /// with few matches into a disjunction scored out of order, which allocates a 2,048-entry table
    /// per segment: 2.7 MB for a page of a mid-sized tag, against 130 KB of bits for a million videos.
    /// </summary>
    private static TermRangeQuery Days(string tag, long since)
    {
        var days = TermRangeQuery.NewStringRange(TagDay, TagDayOf(tag, since), TagDayOf(tag, 9_999_999), true, true);
        days.MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE;
        return days;
    }

    // Only hashtags have these fields.
    public static Query Suggest(string foldedPrefix) =>
        foldedPrefix.Length <= MaxIndexedPrefix
            ? new TermQuery(new Term(HashtagPrefix, foldedPrefix))
            : new PrefixQuery(new Term(HashtagFolded, foldedPrefix));

    /// <summary>
    /// Each word may match a caption, a tag, a handle, a name or a sound title, exactly or as one of
    /// its <see cref="LuceneCorrections"/>; more words and words in tags rank higher, and engagement
    /// lifts the score. With <paramref name="everyWord"/>, a video must match every word (or the
    /// handle typed): the walk then follows the rarest word instead of the postings of the most common.
    /// </summary>
    public static Query Videos(LuceneCorrections corrections, IReadOnlyList<string> terms, string text, bool everyWord, IReadOnlySet<string> hidden)
    {
        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            words.Add(WordGroup(corrections, term, All, (All, 2f), (TagFolded, 3f), (Handle, 1f), (Name, 1f), (SoundTitle, 1.5f)), everyWord ? Occur.MUST : Occur.SHOULD);
        }
        var query = everyWord ? new BooleanQuery { { words, Occur.SHOULD } } : words;
        AddExactHandle(query, text, corrections.Terms);
        return Hide(Engaged(query, Video), Creator, hidden);
    }

    /// <summary>The fewest characters of a handle a user search matches as a prefix (handles are 2 or more).</summary>
    public const int MinHandlePrefix = 2;

    public static Query Users(IndexReader reader, Analyzer analyzer, string text, IReadOnlySet<string> hidden)
    {
        var words = new BooleanQuery();
        var corrections = new LuceneCorrections(reader);
        foreach (var term in Terms(analyzer, text)) words.Add(WordGroup(corrections, term, All, (Handle, 2f), (Name, 1f)), Occur.SHOULD);
        AddExactHandle(words, text, corrections.Terms, orItsStart: true);
        return Hide(Engaged(words, User), Id, hidden);
    }

    public static Query Hashtags(IndexReader reader, string text)
    {
        var words = new BooleanQuery();
        var corrections = new LuceneCorrections(reader);
        foreach (var word in TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('#')).Where(w => w.Length > 0).Distinct())
        {
            var group = WordGroup(corrections, word, HashtagFolded, (HashtagFolded, 3f));
            group.Add(new PrefixQuery(new Term(HashtagFolded, word)) { Boost = 1f }, Occur.SHOULD);
            words.Add(group, Occur.SHOULD);
        }
        return Engaged(words, Hashtag);
    }

    public static Query Sounds(IndexReader reader, Analyzer analyzer, string text)
    {
        var words = new BooleanQuery();
        var corrections = new LuceneCorrections(reader);
        foreach (var term in Terms(analyzer, text)) words.Add(WordGroup(corrections, term, All, (SoundTitle, 1f)), Occur.SHOULD);
        return Engaged(words, Sound);
    }

    private static Query Engaged(BooleanQuery words, string kind) => new LuceneEngagedQuery(words, kind);

    private static Query Hide(Query query, string field, IReadOnlySet<string> hidden)
    {
        if (hidden.Count == 0) return query;
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        foreach (var id in hidden) filtered.Add(new TermQuery(new Term(field, id)), Occur.MUST_NOT);
        return filtered;
    }

    /// <summary>The handle typed whole, first of all; with <paramref name="orItsStart"/>, a handle it begins ("ali" finds @alice, "racer" @racer2) below that.</summary>
    private static void AddExactHandle(BooleanQuery words, string text, LuceneTermStates terms, bool orItsStart = false)
    {
        var handle = TextFolding.Fold(text.Trim().TrimStart('@'));
        if (handle.Length > 0) words.Add(terms.Query(HandleExact, handle, 4f), Occur.SHOULD);
        if (orItsStart && handle.Length >= MinHandlePrefix) words.Add(new PrefixQuery(new Term(HandleExact, handle)) { Boost = 1.5f }, Occur.SHOULD);
    }

    private static BooleanQuery OlderThan(long ticks, string id) => new()
    {
        { NumericRangeQuery.NewInt64Range(CreatedAt, TimePrecisionStep, null, ticks, true, false), Occur.SHOULD },
        {
            new BooleanQuery
            {
                { NumericRangeQuery.NewInt64Range(CreatedAt, TimePrecisionStep, ticks, ticks, true, true), Occur.MUST },
                { TermRangeQuery.NewStringRange(Id, null, id, true, false), Occur.MUST },
            },
            Occur.SHOULD
        },
    };

    /// <summary>
    /// The word exactly in each field, with the field's weight, or one of its corrections in
    /// <paramref name="correctedField"/>, at less than any exact match.
    /// </summary>
    private static BooleanQuery WordGroup(LuceneCorrections corrections, string term, string correctedField, params (string Field, float Boost)[] fields)
    {
        var group = new BooleanQuery();
        foreach (var (field, boost) in fields) group.Add(corrections.Terms.Query(field, term, boost), Occur.SHOULD);
        foreach (var correction in corrections.Of(correctedField, term))
        {
            group.Add(corrections.Terms.Query(correctedField, correction, 0.5f), Occur.SHOULD);
        }
        return group;
    }

    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text) => QueryTerms.Of(analyzer, text);
}
