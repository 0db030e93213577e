using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// Documents of one kind matching a query, each score multiplied by the document's engagement
/// boost (<see cref="LuceneDocuments.Boost"/>). Both come from arrays built once per segment
/// (segments never change; deletions arrive as the accepted documents of each search): the kind
/// is handed to the words as accepted documents, and the boost is one array read per match. This
/// replaces a function query (a chain of calls through the field cache per document) over a
/// filtered query (a leap-frog between the words and the kind's postings), which together made up
/// more than half of a common word's cost. Scoring stays in document order: Lucene's out-of-order
/// scorer is faster on one large disjunction, but allocates a 2,048-entry table per clause group
/// and segment, which tripled what a search allocates and so how often it meets a collection.
/// </summary>
internal sealed class LuceneEngagedQuery(Query words, string kind) : Query
{
    private static readonly ConditionalWeakTable<object, float[]> Boosts = new();
    private static readonly ConditionalWeakTable<object, Dictionary<string, FixedBitSet>> Kinds = new();

    public Query Words { get; } = words;

    public string DocumentKind { get; } = kind;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Words.Rewrite(reader);
        return ReferenceEquals(rewritten, Words) ? this : new LuceneEngagedQuery(rewritten, DocumentKind) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Words.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new EngagedWeight(this, Words.CreateWeight(searcher));

    public override string ToString(string field) => $"engaged({DocumentKind}: {Words.ToString(field)}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) => obj is LuceneEngagedQuery other && base.Equals(other) && other.Words.Equals(Words) && other.DocumentKind == DocumentKind;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Words, DocumentKind);

    private static float[] BoostsOf(AtomicReader segment) => Boosts.GetValue(segment.CoreCacheKey, _ =>
    {
        var boosts = new float[segment.MaxDoc];
        Array.Fill(boosts, 1f);
        if (segment.GetNumericDocValues(LuceneDocuments.Boost) is { } values && segment.GetDocsWithField(LuceneDocuments.Boost) is { } has)
        {
            for (var doc = 0; doc < boosts.Length; doc++)
            {
                if (has.Get(doc)) boosts[doc] = BitConverter.Int32BitsToSingle((int)values.Get(doc));
            }
        }
        return boosts;
    });

    private static FixedBitSet KindOf(AtomicReader segment, string kind)
    {
        var kinds = Kinds.GetValue(segment.CoreCacheKey, _ => []);
        lock (kinds)
        {
            if (kinds.TryGetValue(kind, out var cached)) return cached;
            var bits = new FixedBitSet(segment.MaxDoc);
            // Live documents are applied per search, so the cached set holds every document of the kind.
            if (segment.GetTermDocsEnum(new Term(Kind, kind)) is { } docs)
            {
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) bits.Set(docs.DocID);
            }
            return kinds[kind] = bits;
        }
    }

    private sealed class EngagedWeight(LuceneEngagedQuery query, Weight words) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => words.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => words.Normalize(norm, topLevelBoost * query.Boost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            words.GetScorer(context, Accepted(context, acceptDocs)) is { } scorer ? new EngagedScorer(this, scorer, BoostsOf(context.AtomicReader)) : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var accepted = Accepted(context, context.AtomicReader.LiveDocs);
            if (!accepted.Get(doc)) return new ComplexExplanation(false, 0, $"not a live {query.DocumentKind}");
            var matched = words.Explain(context, doc);
            if (!matched.IsMatch) return matched;
            var boost = BoostsOf(context.AtomicReader)[doc];
            var explanation = new ComplexExplanation(true, matched.Value * boost, "engagement boost, product of:");
            explanation.AddDetail(matched);
            explanation.AddDetail(new Explanation(boost, "engagement boost"));
            return explanation;
        }

        private IBits Accepted(AtomicReaderContext context, IBits? acceptDocs)
        {
            var kind = KindOf(context.AtomicReader, query.DocumentKind);
            return acceptDocs is null ? kind : new Both(kind, acceptDocs);
        }
    }

    private sealed class Both(FixedBitSet kind, IBits accepted) : IBits
    {
        public int Length => kind.Length;

        public bool Get(int index) => kind.Get(index) && accepted.Get(index);
    }

    private sealed class EngagedScorer(Weight weight, Scorer words, float[] boosts) : Scorer(weight)
    {
        public override int DocID => words.DocID;

        public override int Freq => words.Freq;

        public override int NextDoc() => words.NextDoc();

        public override int Advance(int target) => words.Advance(target);

        public override long GetCost() => words.GetCost();

        public override float GetScore() => words.GetScore() * boosts[words.DocID];

        public override ICollection<ChildScorer> GetChildren() => [new ChildScorer(words, "ENGAGED")];
    }
}
