using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>The index contract on Lucene.NET, plus what only an on-disk index has to promise.</summary>
public sealed class LuceneVideoIndexTests : VideoIndexContract
{
    private readonly TempIndex _temp = new();

    protected override IVideoIndex Open() => _temp.Index;

    public override void Dispose() => _temp.Dispose();

    [Fact]
    public void Indexed_videos_survive_a_restart()
    {
        var card = Cards.Card("kept", ["dance"]);
        _temp.Index.Upsert([new VideoDocument(card)]);

        _temp.Reopen();

        Assert.Equal(card, _temp.Index.FindVideo(card.Id) is { } found ? found with { Hashtags = card.Hashtags } : null);
    }

    [Fact]
    public void A_completed_rebuild_is_the_index_a_restart_opens()
    {
        var card = Cards.Card("rebuilt", ["dance"]);
        using (var rebuild = _temp.Index.BeginRebuild())
        {
            rebuild.Upsert([new VideoDocument(card)]);
            rebuild.Complete();
        }
        var live = _temp.Index.LiveFolder;

        _temp.Reopen();

        Assert.Equal(live, _temp.Index.LiveFolder);
        Assert.NotNull(_temp.Index.FindVideo(card.Id));
        Assert.Equal([live], Directory.GetDirectories(_temp.Folder));
    }

    [Fact]
    public void A_card_too_long_for_a_doc_value_is_stored_and_read_back()
    {
        var card = Cards.Card(new string('é', 20_000) + " #dance", ["dance"]);
        _temp.Index.Upsert([new VideoDocument(card)]);

        Assert.Equal(card.Caption, _temp.Index.FindVideo(card.Id)?.Caption);
        Assert.Equal(card.Id, Assert.Single(_temp.Index.Recent("dance", null, 10, new HashSet<string>())).Id);
    }

    [Fact]
    public void Engagement_changed_after_a_search_reorders_the_next_one()
    {
        // The engagement boost and the kind are read from arrays cached per segment: an update lands in a new segment.
        var word = Cards.UniqueTag("kickflip");
        var first = Cards.Card($"{word} trick", []) with { Stats = new CardStats(5_000, 400, 20, 10) };
        var second = Cards.Card($"{word} trick", []);
        _temp.Index.Upsert([new VideoDocument(first), new VideoDocument(second)]);
        Assert.Equal([first.Id, second.Id], _temp.Index.SearchVideos(word, 0, 10, NoOne).Select(c => c.Id));

        _temp.Index.Upsert([new VideoDocument(second with { Stats = new CardStats(900_000, 80_000, 4_000, 3_000) })]);

        Assert.Equal([second.Id, first.Id], _temp.Index.SearchVideos(word, 0, 10, NoOne).Select(c => c.Id));
    }

    [Fact]
    public void Only_videos_are_found_as_videos_when_a_user_and_a_sound_share_the_word()
    {
        var word = Cards.UniqueTag("lantern");
        var video = Cards.Card($"{word} walk", []);
        _temp.Index.Upsert([new VideoDocument(video), new UserDocument("u-" + word, word, word), new SoundDocument("s-" + word, word, 1, 0)]);

        Assert.Equal([video.Id], _temp.Index.SearchVideos(word, 0, 10, NoOne).Select(c => c.Id));
    }

    [Fact]
    public void A_typo_is_corrected_to_the_nearest_word_before_a_more_used_word_two_edits_away()
    {
        // "marvel" is one edit from "marvels" (1 video) and two from "mantel" (3 videos): the nearer wins.
        var near = Cards.Card("marvels everywhere", []);
        var far = Enumerable.Range(0, 3).Select(_ => Cards.Card("mantel piece", [])).ToList();
        _temp.Index.Upsert([new VideoDocument(near), .. far.Select(c => new VideoDocument(c))]);

        Assert.Equal([near.Id], _temp.Index.SearchVideos("marvel", 0, 10, NoOne).Select(c => c.Id));
        Assert.Equal(far.Select(c => c.Id).Order(), _temp.Index.SearchVideos("mamtfl", 0, 10, NoOne).Select(c => c.Id).Order());
    }

    private static readonly IReadOnlySet<string> NoOne = new HashSet<string>();
}
