using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using ShortVideo.HashtagSearch.Domain;
using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The highest engagement (as <see cref="Ranking.EngagementLog"/>) of any video in an index, read
/// back from the hot score and creation time each video already has. Segments never change, so
/// each one's maximum is computed once; a video deleted or updated since only makes it higher than
/// needed, which keeps it an upper bound.
/// </summary>
internal sealed class LuceneEngagementCeiling
{
    // The score is a sum of two rounded terms: the bound is raised past any rounding in reading it back.
    private const double Rounding = 1e-9;
    private readonly ConditionalWeakTable<object, StrongBox<double>> _segments = new();

    public double Of(IndexReader reader)
    {
        var ceiling = double.NegativeInfinity;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            ceiling = Math.Max(ceiling, _segments.GetValue(segment.CoreCacheKey, _ => new StrongBox<double>(Highest(segment))).Value);
        }
        return ceiling + Rounding;
    }

    private static double Highest(AtomicReader segment)
    {
        var (hot, created, has) = (segment.GetNumericDocValues(Hot), segment.GetNumericDocValues(CreatedAtSort), segment.GetDocsWithField(Hot));
        if (hot is null || created is null || has is null) return double.NegativeInfinity;
        var highest = double.NegativeInfinity;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (!has.Get(doc)) continue;
            var at = new DateTimeOffset(created.Get(doc), TimeSpan.Zero);
            highest = Math.Max(highest, Ranking.EngagementLog(BitConverter.Int64BitsToDouble(hot.Get(doc)), at));
        }
        return highest;
    }
}
