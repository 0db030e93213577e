using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.HashtagSearch.Endpoints;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

public sealed class HashtagEndpointsTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tagged_videos_come_newest_first_and_pages_never_repeat()
    {
        // Two of them share an instant, so the cursor must tell them apart by id.
        var dance = Enumerable.Range(0, 5).Select(i => Cards.Card($"move {i}", ["dance"], minutesAfter: i))
            .Append(Cards.Card("tie a", ["dance"], minutesAfter: 10))
            .Append(Cards.Card("tie b", ["dance"], minutesAfter: 10))
            .ToList();
        foreach (var card in dance) _temp.Index.Index(card);
        _temp.Index.Index(Cards.Card("pasta", ["food"], minutesAfter: 20));

        var seen = ReadAllPages("dance", pageSize: 2);

        var expected = dance.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expected, seen.Select(c => c.Id));
    }

    [Fact]
    public void A_tag_written_with_a_hash_and_capitals_finds_the_same_videos()
    {
        var card = Cards.Card("first steps #dance", ["dance"]);
        _temp.Index.Index(card);

        var page = Ok(HashtagEndpoints.GetTaggedVideos("#Dance", _temp.Index, _temp.Metrics, null, null));

        Assert.Equal(card.Id, Assert.Single(page.Items).Id);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void A_tag_summary_counts_its_videos_once_each_and_an_unused_tag_counts_zero()
    {
        var card = Cards.Card("spin", ["dance", "spin"]);
        _temp.Index.Index(card);
        _temp.Index.UpdateStats(card.Id, s => s with { Likes = 3 });
        _temp.Index.Index(Cards.Card("jump", ["dance"]));

        var dance = Assert.IsType<Ok<HashtagSummary>>(HashtagEndpoints.GetHashtag("#Dance", _temp.Index).Result).Value!;
        var unused = Assert.IsType<Ok<HashtagSummary>>(HashtagEndpoints.GetHashtag("nobodyusesthis", _temp.Index).Result).Value!;

        Assert.Equal(new HashtagSummary("dance", 2, 0), dance);
        Assert.Equal(0, unused.VideoCount);
    }

    [Fact]
    public void A_cursor_this_service_did_not_issue_is_a_bad_request()
    {
        var result = HashtagEndpoints.GetTaggedVideos("dance", _temp.Index, _temp.Metrics, null, "not-a-cursor");

        Assert.Equal(400, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
    }

    private List<VideoCard> ReadAllPages(string tag, int pageSize)
    {
        var all = new List<VideoCard>();
        string? cursor = null;
        do
        {
            var page = Ok(HashtagEndpoints.GetTaggedVideos(tag, _temp.Index, _temp.Metrics, pageSize, cursor));
            Assert.True(page.Items.Count <= pageSize);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    private static Page<VideoCard> Ok(Results<Ok<Page<VideoCard>>, ProblemHttpResult> result) =>
        Assert.IsType<Ok<Page<VideoCard>>>(result.Result).Value!;
}
