using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// Where each term of one search sits in each segment, looked up once per search on one reader. A
/// term query otherwise seeks its term in every segment each time it is weighed, and a search asks
/// for the same terms several times: a word's document count for its corrections, the query of all
/// words, then the query of any of them. Each seek allocates a term enumerator per segment, most
/// of what a search allocated, so sharing them also spares collections.
/// </summary>
internal sealed class LuceneTermStates(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> _states = [];

    public IndexReader Reader => reader;

    public TermContext Of(Term term)
    {
        if (!_states.TryGetValue(term, out var state)) _states[term] = state = TermContext.Build(reader.Context, term);
        return state;
    }

    public TermQuery Query(string field, string text, float boost = 1f)
    {
        var term = new Term(field, text);
        return new TermQuery(term, Of(term)) { Boost = boost };
    }
}
