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
}
