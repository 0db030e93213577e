using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.HashtagSearch.Endpoints;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

public sealed class SearchEndpointsTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Misspelt_query_finds_dance_videos_and_not_unrelated_ones()
    {
        var dance = Cards.Card("my new moves #dance", ["dance"]);
        _temp.Index.Index(dance);
        _temp.Index.Index(Cards.Card("grandma's pasta #food", ["food"]));

        var page = Ok(Search("dnace"));

        Assert.Equal(dance.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public void A_video_tagged_with_the_word_ranks_above_one_that_only_mentions_it()
    {
        var mentions = Cards.Card("not really a sunset, just clouds", []);
        var tagged = Cards.Card("golden hour", ["sunset"]);
        _temp.Index.Index(mentions);
        _temp.Index.Index(tagged);

        var page = Ok(Search("sunset"));

        Assert.Equal([tagged.Id, mentions.Id], page.Items.Select(c => c.Id));
    }

    [Fact]
    public void Short_words_are_not_matched_loosely()
    {
        _temp.Index.Index(Cards.Card("my car", ["car"]));

        Assert.Empty(Ok(Search("cat")).Items);
    }

    [Fact]
    public void A_creator_is_found_by_handle()
    {
        var card = Cards.Card("hello", [], handle: "dj.luna");
        _temp.Index.Index(card);
        _temp.Index.Index(Cards.Card("hello too", [], handle: "someone"));

        Assert.Equal(card.Id, Ok(Search("@dj.luna")).Items[0].Id);
    }

    [Fact]
    public void Search_pages_by_cursor_without_repeats()
    {
        var cards = Enumerable.Range(0, 5).Select(i => Cards.Card($"skate trick {i}", ["skate"], minutesAfter: i)).ToList();
        foreach (var card in cards) _temp.Index.Index(card);

        var first = Ok(Search("skate", limit: 3));
        var second = Ok(Search("skate", limit: 3, cursor: first.NextCursor));

        Assert.Equal(cards.Select(c => c.Id).Order(), first.Items.Concat(second.Items).Select(c => c.Id).Order());
        Assert.Null(second.NextCursor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_missing_query_is_a_bad_request(string? q) => Assert.Equal(400, Problem(Search(q)).StatusCode);

    [Fact]
    public void A_query_over_200_characters_is_a_bad_request() =>
        Assert.Equal(400, Problem(Search(new string('a', 201))).StatusCode);

    [Fact]
    public void Searching_users_answers_an_empty_page_for_now()
    {
        _temp.Index.Index(Cards.Card("dance", ["dance"], handle: "dance"));

        Assert.Empty(Ok(Search("dance", type: "users")).Items);
    }

    private Results<Ok<Page<VideoCard>>, ProblemHttpResult> Search(string? q, string? type = null, int? limit = null, string? cursor = null) =>
        SearchEndpoints.Search(_temp.Index, _temp.Metrics, q, type, limit, cursor);

    private static Page<VideoCard> Ok(Results<Ok<Page<VideoCard>>, ProblemHttpResult> result) =>
        Assert.IsType<Ok<Page<VideoCard>>>(result.Result).Value!;

    private static ProblemHttpResult Problem(Results<Ok<Page<VideoCard>>, ProblemHttpResult> result) =>
        Assert.IsType<ProblemHttpResult>(result.Result);
}
