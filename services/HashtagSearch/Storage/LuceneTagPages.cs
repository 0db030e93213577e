using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ShortVideo.HashtagSearch.Domain;
using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// A tag's pages, newest or hottest first. Sorting a popular tag's hundreds of thousands of videos
/// costs milliseconds, so for a tag that large the page is first looked for among the videos of
/// today, then since yesterday, then the last week and month (one indexed term per tag and day: <see cref="TagDay"/>), and
/// taken from there only when nothing older could rank in it, which makes the answer exact.
/// Smaller tags are sorted whole, which is cheaper than narrowing them.
/// </summary>
internal sealed class LuceneTagPages(int largeTag)
{
    // Today alone first: on the largest tag, since yesterday's start is up to twice as many videos to sort.
    private static readonly TimeSpan[] Spans = [TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];
    private readonly LuceneEngagementCeiling _ceiling = new();

    /// <summary>When a span holds a full page, nothing outside it (all older) can be newer.</summary>
    public TopDocs Recent(IndexSearcher searcher, string tag, (DateTime CreatedAt, string Id)? after, int limit, IReadOnlySet<string> hidden)
    {
        if (IsLarge(searcher, tag))
        {
            var end = after?.CreatedAt ?? DateTime.UtcNow;
            foreach (var span in Spans)
            {
                var found = Search(searcher, LuceneVideoQueries.Tagged(tag, after, hidden, DayOf(end - span)), LuceneVideoQueries.Newest, limit);
                if (found.ScoreDocs.Length >= limit) return found;
            }
        }
        return Search(searcher, LuceneVideoQueries.Tagged(tag, after, hidden), LuceneVideoQueries.Newest, limit);
    }

    /// <summary>
    /// When a span holds a full page whose last video is hotter than any older video can be (the
    /// index's highest engagement at the span's start: <see cref="Ranking.HotCeiling"/>), the page is exact.
    /// </summary>
    public TopDocs Top(IndexSearcher searcher, string tag, int depth, IReadOnlySet<string> hidden)
    {
        if (IsLarge(searcher, tag))
        {
            var now = DateTime.UtcNow;
            var ceiling = _ceiling.Of(searcher.IndexReader);
            foreach (var span in Spans)
            {
                var day = DayOf(now - span);
                var found = Search(searcher, LuceneVideoQueries.Tagged(tag, null, hidden, day), LuceneVideoQueries.Hottest, depth);
                var start = new DateTimeOffset(day * TimeSpan.TicksPerDay, TimeSpan.Zero);
                if (found.ScoreDocs.Length >= depth && Convert.ToDouble(((FieldDoc)found.ScoreDocs[^1]).Fields[0], CultureInfo.InvariantCulture) > Ranking.HotCeiling(ceiling, start)) return found;
            }
        }
        return Search(searcher, LuceneVideoQueries.Tagged(tag, null, hidden), LuceneVideoQueries.Hottest, depth);
    }

    private bool IsLarge(IndexSearcher searcher, string tag) => searcher.IndexReader.DocFreq(new Term(Tag, tag)) > largeTag;

    private static long DayOf(DateTime at) => Math.Max(0, at.Ticks) / TimeSpan.TicksPerDay;

    private static TopDocs Search(IndexSearcher searcher, Query query, Sort sort, int depth) => searcher.Search(query, null, depth, sort);
}
