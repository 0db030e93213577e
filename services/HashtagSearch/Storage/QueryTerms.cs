using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using ShortVideo.HashtagSearch.Domain;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The words of a query, folded and split by the standard (UAX #29) tokenizer: the same words every
/// adapter's index holds, so each builds its typo-tolerant query from identical terms.
/// </summary>
internal static class QueryTerms
{
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(LuceneDocuments.All, TextFolding.Fold(text));
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
