using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ShortVideo.HashtagSearch.Domain;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// What a typed word was probably meant to be: the indexed words closest to it in edits (within
/// <see cref="TypoTolerance"/>, first letter fixed), and of those the few most used, as a spell
/// checker picks them. Only words used more than the typed one qualify, and a word already in wide
/// use is taken as typed. Matching these few words instead of every word in reach keeps a typo
/// from pulling in the postings of dozens of near neighbours.
/// </summary>
/// <remarks>
/// One instance serves one search on one reader: a word looked up twice (all words first, then any
/// of them) walks the term dictionary once. Nearer words are looked for first, with a one-edit
/// automaton far cheaper to build and run than a two-edit one; only a word with no correction one
/// edit away pays for the second. The answer is the same as one two-edit walk keeping the nearest.
/// </remarks>
internal sealed class LuceneCorrections(LuceneTermStates terms)
{
    // A word on this many documents is a word people use, not a slip to correct.
    private const int InUse = 20;
    private const int MaxCorrections = 3;
    private readonly Dictionary<(string Field, string Word), IReadOnlyList<string>> _found = [];

    public LuceneCorrections(IndexReader reader) : this(new LuceneTermStates(reader))
    {
    }

    /// <summary>The terms this search has looked up, to be shared by its queries.</summary>
    public LuceneTermStates Terms => terms;

    public IReadOnlyList<string> Of(string field, string word)
    {
        if (!_found.TryGetValue((field, word), out var corrections)) _found[(field, word)] = corrections = Find(field, word);
        return corrections;
    }

    private IReadOnlyList<string> Find(string field, string word)
    {
        var maxEdits = TypoTolerance.MaxEdits(word);
        if (maxEdits == 0) return [];
        var own = terms.Of(new Term(field, word)).DocFreq;
        if (own >= InUse || MultiFields.GetTerms(terms.Reader, field) is not { } dictionary) return [];
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var found = new List<(string Word, int Uses)>();
            var candidates = new FuzzyTermsEnum(dictionary, new AttributeSource(), new Term(field, word), edits, 1, transpositions: true);
            while (candidates.MoveNext())
            {
                if (candidates.DocFreq <= own) continue;
                var candidate = candidates.Term.Utf8ToString();
                // Words nearer than this walk's edits were looked for by the walk before: none qualified.
                if (Distance(word, candidate) == edits) found.Add((candidate, candidates.DocFreq));
            }
            if (found.Count > 0)
            {
                return found.OrderByDescending(c => c.Uses).ThenBy(c => c.Word, StringComparer.Ordinal).Take(MaxCorrections).Select(c => c.Word).ToList();
            }
        }
        return [];
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (optimal string alignment), as the automaton counts them.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
