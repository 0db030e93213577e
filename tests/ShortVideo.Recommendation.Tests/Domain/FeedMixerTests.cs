using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Tests.Domain;

public sealed class FeedMixerTests
{
    private static Candidate Scored(string creator, double score, params string[] tags) => new(Videos.Make(creator, tags), Sources.Trending, "t") { Score = score };

    [Fact]
    public void No_creator_appears_twice_in_a_row_even_when_their_videos_score_highest()
    {
        var ranked = Enumerable.Range(0, 6).Select(i => Scored("star", 0.9 - i * 0.01, "a")).Concat(Enumerable.Range(0, 6).Select(i => Scored($"c{i}", 0.2, "b"))).ToList();

        var page = FeedMixer.Mix(ranked, [], 10, 0, lastCreator: null);

        Assert.Equal(10, page.Count);
        Assert.All(page.Zip(page.Skip(1)), p => Assert.NotEqual(p.First.Video.CreatorId, p.Second.Video.CreatorId));
        Assert.Equal("star", page[0].Video.CreatorId);
    }

    [Fact]
    public void The_previous_pages_last_creator_does_not_open_the_next_page()
    {
        var page = FeedMixer.Mix([Scored("star", 0.9), Scored("other", 0.1)], [], 2, 0, lastCreator: "star");

        Assert.Equal(["other", "star"], page.Select(c => c.Video.CreatorId));
    }

    [Fact]
    public void Every_fifth_slot_goes_to_exploration_at_a_twenty_percent_share()
    {
        var ranked = Enumerable.Range(0, 20).Select(i => Scored($"r{i}", 0.9)).ToList();
        var fresh = Enumerable.Range(0, 5).Select(i => Scored($"f{i}", 0.01) with { Source = Sources.Fresh }).ToList();

        var page = FeedMixer.Mix(ranked, fresh, 10, 0.2, null);

        Assert.Equal([4, 9], page.Select((c, i) => (c, i)).Where(x => x.c.Source == Sources.Fresh).Select(x => x.i));
    }

    [Fact]
    public void A_hashtag_already_on_the_page_lowers_the_next_video_carrying_it()
    {
        var ranked = Enumerable.Range(0, 10).Select(i => Scored($"a{i}", 0.50, "cats")).Concat(Enumerable.Range(0, 10).Select(i => Scored($"b{i}", 0.40, "dogs"))).ToList();

        var page = FeedMixer.Mix(ranked, [], 10, 0, null);

        Assert.InRange(page.Count(c => c.Video.Hashtags[0] == "dogs"), 3, 7);
    }

    [Fact]
    public void A_creator_follows_themself_only_when_no_one_else_is_left()
    {
        var page = FeedMixer.Mix([Scored("solo", 0.9), Scored("solo", 0.8), Scored("other", 0.1)], [], 5, 0, null);

        Assert.Equal(["solo", "other", "solo"], page.Select(c => c.Video.CreatorId));
    }

    [Fact]
    public void The_feed_goes_on_when_only_the_previous_pages_last_creator_is_left()
    {
        var page = FeedMixer.Mix([Scored("solo", 0.9), Scored("solo", 0.8)], [], 5, 0, lastCreator: "solo");

        Assert.Equal(2, page.Count);
    }
}
