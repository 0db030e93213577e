using ShortVideo.HashtagSearch.Storage;

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
}
