using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ShortVideo.HashtagSearch.Domain;
using static ShortVideo.HashtagSearch.Storage.LuceneVideoDocument;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>The Lucene queries and orders behind <see cref="IVideoIndex"/>.</summary>
internal static class LuceneVideoQueries
{
    // The id breaks ties on time, so that a keyset cursor (time, id) names one position.
    public static Sort Newest => new(
        new SortField(CreatedAtSort, SortFieldType.INT64, true),
        new SortField(IdSort, SortFieldType.STRING, true));

    // Equal scores are common (one matching tag each); a fixed order keeps offset pages stable.
    public static Sort Best => new(
        SortField.FIELD_SCORE,
        new SortField(CreatedAtSort, SortFieldType.INT64, true),
        new SortField(IdSort, SortFieldType.STRING, true));

    public static Query ById(string id) => new TermQuery(new Term(Id, id));

    public static Query Tagged(string tag, (DateTime CreatedAt, string Id)? after)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(Tag, tag)), Occur.MUST } };
        if (after is var (at, id)) query.Add(OlderThan(at.Ticks, id), Occur.MUST);
        return query;
    }

    /// <summary>
    /// Each word of the text may match a caption, a tag or a handle, exactly or within
    /// <see cref="TypoTolerance"/>; a video matching more words, or words in its tags, ranks higher.
    /// </summary>
    public static Query Matching(Analyzer analyzer, string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var query = new BooleanQuery();
        foreach (var term in Terms(analyzer, normalized))
        {
            query.Add(WordGroup(term), Occur.SHOULD);
        }
        var handle = normalized.Trim().TrimStart('@').ToLowerInvariant();
        if (handle.Length > 0) query.Add(new TermQuery(new Term(HandleExact, handle)) { Boost = 4f }, Occur.SHOULD);
        return query;
    }

    private static BooleanQuery OlderThan(long ticks, string id) => new()
    {
        { NumericRangeQuery.NewInt64Range(CreatedAt, null, ticks, true, false), Occur.SHOULD },
        {
            new BooleanQuery
            {
                { NumericRangeQuery.NewInt64Range(CreatedAt, ticks, ticks, true, true), Occur.MUST },
                { TermRangeQuery.NewStringRange(Id, null, id, true, false), Occur.MUST },
            },
            Occur.SHOULD
        },
    };

    private static BooleanQuery WordGroup(string term)
    {
        var edits = TypoTolerance.MaxEdits(term);
        var group = new BooleanQuery();
        AddWord(group, Caption, term, 2f, edits);
        AddWord(group, Tag, term, 3f, edits);
        AddWord(group, Handle, term, 1f, edits);
        return group;
    }

    private static void AddWord(BooleanQuery group, string field, string term, float boost, int edits)
    {
        group.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        if (edits > 0) group.Add(new FuzzyQuery(new Term(field, term), edits), Occur.SHOULD);
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(Caption, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms.Distinct().ToList();
    }
}
