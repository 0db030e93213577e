namespace ShortVideo.HashtagSearch.Tests;

public sealed class LuceneVideoIndexTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_card_indexed_twice_is_one_video()
    {
        var card = Cards.Card("twice #dance", ["dance"]);

        Assert.True(_temp.Index.Index(card));
        Assert.False(_temp.Index.Index(card));

        Assert.Equal(1, _temp.Index.CountTagged("dance"));
        Assert.Single(_temp.Index.Tagged("dance", null, 10));
    }

    [Fact]
    public void A_card_indexed_again_keeps_the_likes_counted_since()
    {
        var card = Cards.Card("liked", ["dance"]);
        _temp.Index.Index(card);
        _temp.Index.UpdateStats(card.Id, s => s with { Likes = 5 });

        _temp.Index.Index(card);

        Assert.Equal(5, _temp.Index.Find(card.Id)!.Stats.Likes);
    }

    [Fact]
    public void Counters_of_a_video_not_indexed_are_not_written()
    {
        Assert.False(_temp.Index.UpdateStats("never-published", s => s with { Likes = 1 }));
        Assert.Null(_temp.Index.Find("never-published"));
    }

    [Fact]
    public void Indexed_videos_survive_a_restart()
    {
        var card = Cards.Card("kept", ["dance"]);
        _temp.Index.Index(card);

        _temp.Reopen();

        var found = _temp.Index.Find(card.Id);
        Assert.NotNull(found);
        Assert.Equal(card.Hashtags, found.Hashtags);
        Assert.Equal(card with { Hashtags = found.Hashtags }, found);
    }
}
