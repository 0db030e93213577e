using ShortVideo.HashtagSearch.Consumers;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// A large tag's pages are looked for in recent days first; they must be the very pages a full
/// sort gives. The same videos go into an index that narrows every tag and one that narrows none.
/// </summary>
public sealed class LuceneTagPagesTests : IDisposable
{
    private static readonly IReadOnlySet<string> NoOne = new HashSet<string>();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shortvideo-tag-pages-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneVideoIndex _narrowed;
    private readonly LuceneVideoIndex _whole;

    public LuceneTagPagesTests()
    {
        _narrowed = new LuceneVideoIndex(Path.Combine(_folder, "narrowed"), largeTag: 0);
        _whole = new LuceneVideoIndex(Path.Combine(_folder, "whole"), largeTag: int.MaxValue);
    }

    [Fact]
    public void Recent_and_top_pages_of_a_large_tag_are_those_of_a_full_sort()
    {
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;
        // Spread over 40 days (some past every span), a few in the future, one old video far more engaging than the rest.
        var cards = Enumerable.Range(0, 400).Select(i => Video(now.AddHours(-random.Next(40 * 24)).AddMinutes(-random.Next(60)), random.Next(1, 100_000)))
            .Append(Video(now.AddHours(3), 50))
            .Append(Video(now.AddDays(-2), 900_000_000_000))
            .ToList();
        foreach (var index in new[] { _narrowed, _whole }) index.Upsert(cards.Select(c => (IndexDocument)new VideoDocument(c)).ToList());

        Assert.Equal(RecentWalk(_whole), RecentWalk(_narrowed));
        Assert.Equal(402, RecentWalk(_whole).Count);
        foreach (var (offset, limit) in new[] { (0, 20), (0, 1), (20, 21), (380, 30) })
        {
            Assert.Equal(Ids(_whole.Top("bulk", offset, limit, NoOne)), Ids(_narrowed.Top("bulk", offset, limit, NoOne)));
        }
        Assert.Equal(cards[^1].Id, _narrowed.Top("bulk", 0, 1, NoOne)[0].Id);
        // A page small enough for today's videos alone (about ten a day here) is taken from today.
        Assert.Equal(Ids(_whole.Recent("bulk", null, 3, NoOne)), Ids(_narrowed.Recent("bulk", null, 3, NoOne)));
    }

    public void Dispose()
    {
        _narrowed.Dispose();
        _whole.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static VideoCard Video(DateTimeOffset at, long views) =>
        VideoPublishedConsumer.CardOf(Cards.Published("bulk video", ["bulk"], at: at)) with { Stats = new CardStats(views, views / 20, views / 200, views / 500) };

    private static List<string> RecentWalk(LuceneVideoIndex index)
    {
        var seen = new List<string>();
        (DateTime, string)? after = null;
        while (index.Recent("bulk", after, 21, NoOne) is { Count: > 0 } page)
        {
            seen.AddRange(Ids(page));
            after = (page[^1].CreatedAt.UtcDateTime, page[^1].Id);
        }
        return seen;
    }

    private static List<string> Ids(IEnumerable<VideoCard> cards) => cards.Select(c => c.Id).ToList();
}
