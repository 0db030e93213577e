using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// What every <see cref="IVideoIndex"/> adapter promises, run against each: Lucene here, and
/// Elasticsearch wherever a server is reachable. Each test makes its own documents.
/// </summary>
public abstract class VideoIndexContract : IDisposable
{
    private static readonly IReadOnlySet<string> NoOne = new HashSet<string>();
    private IVideoIndex? _index;

    /// <summary>Opens a fresh, empty index (or skips when the engine is not available here).</summary>
    protected abstract IVideoIndex Open();

    protected IVideoIndex Index => _index ??= Open();

    public virtual void Dispose() => (_index as IDisposable)?.Dispose();

    [SkippableFact]
    public void A_video_written_twice_is_one_video()
    {
        var card = Cards.Card("twice #dance", ["dance"]);

        Index.Upsert([new VideoDocument(card)]);
        Index.Upsert([new VideoDocument(card)]);

        Assert.Equal(card.Id, Assert.Single(Index.Recent("dance", null, 10, NoOne)).Id);
        var found = Index.FindVideo(card.Id);
        Assert.NotNull(found);
        Assert.Equal(card.Hashtags, found.Hashtags);
        Assert.Equal(card, found with { Hashtags = card.Hashtags });
    }

    [SkippableFact]
    public void Recent_videos_come_newest_first_and_pages_never_repeat()
    {
        var tag = Cards.UniqueTag("move");
        // Two of them share an instant, so the cursor must tell them apart by id.
        var cards = Enumerable.Range(0, 5).Select(i => Cards.Card($"move {i}", [tag], minutesAfter: i))
            .Append(Cards.Card("tie a", [tag], minutesAfter: 10))
            .Append(Cards.Card("tie b", [tag], minutesAfter: 10))
            .ToList();
        Index.Upsert([.. cards.Select(c => new VideoDocument(c)), new VideoDocument(Cards.Card("pasta", ["food"], minutesAfter: 20))]);

        var seen = new List<VideoCard>();
        (DateTime, string)? after = null;
        while (Index.Recent(tag, after, 2, NoOne) is { Count: > 0 } page)
        {
            seen.AddRange(page);
            after = (page[^1].CreatedAt.UtcDateTime, page[^1].Id);
        }

        var expected = cards.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expected, seen.Select(c => c.Id));
    }

    [SkippableFact]
    public void Top_ranks_engagement_with_time_decay()
    {
        var tag = Cards.UniqueTag("top");
        var quiet = Cards.Card("quiet", [tag], minutesAfter: 60);
        var loved = Cards.Card("loved", [tag], minutesAfter: 60) with { Stats = new CardStats(500, 50, 5, 5) };
        var oldHit = Cards.Card("old hit", [tag], minutesAfter: -60 * 24 * 30) with { Stats = new CardStats(100_000, 9_000, 100, 100) };
        Index.Upsert([new VideoDocument(quiet), new VideoDocument(loved), new VideoDocument(oldHit)]);

        // A month-old hit has decayed below this hour's well-liked video, but still beats nothing.
        Assert.Equal([loved.Id, quiet.Id, oldHit.Id], Index.Top(tag, 0, 10, NoOne).Select(c => c.Id));
        Assert.Equal([quiet.Id], Index.Top(tag, 1, 1, NoOne).Select(c => c.Id));
    }

    [SkippableFact]
    public void Hidden_creators_are_left_out_of_pages_and_search()
    {
        var tag = Cards.UniqueTag("hide");
        var blocked = Cards.Card("blocked person", [tag], creatorId: "blocked-" + Guid.NewGuid().ToString("N"));
        var visible = Cards.Card("visible person", [tag]);
        Index.Upsert([new VideoDocument(blocked), new VideoDocument(visible)]);
        var hidden = new HashSet<string> { blocked.Creator.Id };

        Assert.Equal([visible.Id], Index.Recent(tag, null, 10, hidden).Select(c => c.Id));
        Assert.Equal([visible.Id], Index.Top(tag, 0, 10, hidden).Select(c => c.Id));
        Assert.Equal([visible.Id], Index.SearchVideos(tag, 0, 10, hidden).Select(c => c.Id));
        Assert.Equal(2, Index.SearchVideos(tag, 0, 10, NoOne).Count);
    }

    [SkippableFact]
    public void A_deleted_video_leaves_pages_and_search()
    {
        var tag = Cards.UniqueTag("gone");
        var card = Cards.Card("gone soon", [tag]);
        Index.Upsert([new VideoDocument(card)]);

        Index.DeleteVideo(card.Id);

        Assert.Null(Index.FindVideo(card.Id));
        Assert.Empty(Index.Recent(tag, null, 10, NoOne));
        Assert.Empty(Index.SearchVideos("gone soon", 0, 10, NoOne));
    }

    [SkippableFact]
    public void Suggest_completes_a_prefix_most_used_first_in_any_script()
    {
        var stem = Cards.UniqueTag("sg");
        Index.Upsert(
        [
            new HashtagDocument(stem + "dance", 5, 10), new HashtagDocument(stem + "dancer", 50, 10), new HashtagDocument(stem + "food", 80, 10),
            new HashtagDocument("ダンス" + stem, 7, 0), new HashtagDocument("танцы" + stem, 3, 0), new HashtagDocument("رقص" + stem, 4, 0),
            new HashtagDocument("café" + stem, 2, 0),
        ]);

        Assert.Equal([stem + "dancer", stem + "dance"], Index.Suggest(TextFolding.Fold(stem + "dan"), 10).Select(h => h.Tag));
        Assert.Equal(50, Index.Suggest(TextFolding.Fold(stem.ToUpperInvariant() + "DANCER"), 10).Single().VideoCount);
        Assert.Contains("ダンス" + stem, Index.Suggest(TextFolding.Fold("ﾀﾞﾝ"), 50).Select(h => h.Tag));
        Assert.Contains("танцы" + stem, Index.Suggest(TextFolding.Fold("ТАН"), 50).Select(h => h.Tag));
        Assert.Contains("رقص" + stem, Index.Suggest(TextFolding.Fold("رَق"), 50).Select(h => h.Tag));
        Assert.Contains("café" + stem, Index.Suggest(TextFolding.Fold("cafe" + stem), 50).Select(h => h.Tag));
    }

    [SkippableFact]
    public void A_hashtag_with_no_videos_left_is_neither_found_nor_suggested()
    {
        var tag = Cards.UniqueTag("empty");
        Index.Upsert([new HashtagDocument(tag, 2, 30)]);
        Assert.Equal(new HashtagDocument(tag, 2, 30), Index.FindHashtag(tag));

        Index.Upsert([new HashtagDocument(tag, 0, 0)]);

        Assert.Null(Index.FindHashtag(tag));
        Assert.Empty(Index.Suggest(tag, 10));
    }

    [SkippableFact]
    public void A_misspelt_query_finds_dance_videos_and_not_unrelated_ones()
    {
        var dance = Cards.Card("my new moves #dance", ["dance"]);
        var pasta = Cards.Card("grandma's pasta #food", ["food"]);
        Index.Upsert([new VideoDocument(dance), new VideoDocument(pasta)]);

        var found = Index.SearchVideos("dnace", 0, 10, NoOne).Select(c => c.Id).ToList();

        Assert.Contains(dance.Id, found);
        Assert.DoesNotContain(pasta.Id, found);
        Assert.Contains(dance.Id, Index.SearchVideos("danse movse", 0, 10, NoOne).Select(c => c.Id));
    }

    [SkippableFact]
    public void Two_typos_in_a_long_word_are_forgiven_and_short_words_are_not_matched_loosely()
    {
        var word = Cards.UniqueTag("tutorial");
        var card = Cards.Card($"a {word} here", []);
        Index.Upsert([new VideoDocument(card), new VideoDocument(Cards.Card("my car", ["car"]))]);

        var typo = word[..3] + word[4] + word[3] + word[5..^1] + "x";
        Assert.Contains(card.Id, Index.SearchVideos(typo, 0, 10, NoOne).Select(c => c.Id));
        Assert.DoesNotContain(Index.SearchVideos("cat", 0, 10, NoOne), c => c.Caption == "my car");
    }

    [SkippableFact]
    public void A_video_tagged_with_the_word_ranks_above_one_that_only_mentions_it()
    {
        var word = Cards.UniqueTag("sunset");
        var mentions = Cards.Card($"not really a {word}, just clouds", []);
        var tagged = Cards.Card("golden hour", [word]);
        Index.Upsert([new VideoDocument(mentions), new VideoDocument(tagged)]);

        Assert.Equal([tagged.Id, mentions.Id], Index.SearchVideos(word, 0, 10, NoOne).Select(c => c.Id));
    }

    [SkippableFact]
    public void Engagement_lifts_one_of_two_equal_matches()
    {
        var word = Cards.UniqueTag("skate");
        var plain = Cards.Card($"{word} trick", []);
        var popular = Cards.Card($"{word} trick", []) with { Stats = new CardStats(10_000, 900, 40, 30) };
        Index.Upsert([new VideoDocument(plain), new VideoDocument(popular)]);

        Assert.Equal([popular.Id, plain.Id], Index.SearchVideos(word, 0, 10, NoOne).Select(c => c.Id));
    }

    [SkippableFact]
    public void Videos_are_found_by_handle_display_name_and_sound_title()
    {
        var handle = "dj." + Cards.UniqueTag("luna");
        var name = Cards.UniqueTag("Marguerite");
        var sound = Cards.UniqueTag("Summervibes");
        var byHandle = Cards.Card("hello", [], handle: handle);
        var byName = Cards.Card("hi", [], displayName: name + " Dupont");
        var bySound = Cards.Card("listen", [], sound: new ShortVideo.Contracts.SoundInfo("s-" + sound, sound + " remix"));
        Index.Upsert([new VideoDocument(byHandle), new VideoDocument(byName), new VideoDocument(bySound)]);

        Assert.Equal(byHandle.Id, Index.SearchVideos("@" + handle, 0, 10, NoOne)[0].Id);
        Assert.Equal(byName.Id, Index.SearchVideos(name.ToLowerInvariant(), 0, 10, NoOne)[0].Id);
        Assert.Equal(bySound.Id, Index.SearchVideos(sound, 0, 10, NoOne)[0].Id);
    }

    [SkippableFact]
    public void A_user_is_found_by_the_start_of_their_handle_below_one_who_has_it_whole()
    {
        var stem = Cards.UniqueTag("racer");
        var whole = new UserDocument("w-" + stem, stem, "Someone");
        var longer = new UserDocument("l-" + stem, stem + "2", "Someone else");
        Index.Upsert([longer, whole]);

        Assert.Equal([whole, longer], Index.SearchUsers(stem, 0, 10, NoOne));
        Assert.Equal([whole, longer], Index.SearchUsers("@" + stem[..^1], 0, 10, NoOne).OrderBy(u => u.Handle.Length));
    }

    [SkippableFact]
    public void Users_hashtags_and_sounds_are_searched_by_their_own_type_with_typos()
    {
        var stem = Cards.UniqueTag("zumba");
        var user = new UserDocument("u-" + stem, stem + "_queen", "Zélie " + stem);
        var blockedUser = new UserDocument("b-" + stem, stem + "_king", "Other " + stem);
        Index.Upsert([user, blockedUser, new HashtagDocument(stem + "dance", 3, 9), new SoundDocument("s-" + stem, stem + " anthem", 2, 4)]);
        var typo = stem[..^2] + stem[^1] + stem[^2];

        Assert.Equal([user], Index.SearchUsers("zelie " + stem, 0, 10, new HashSet<string> { blockedUser.Id }));
        Assert.Equal([stem + "dance"], Index.SearchHashtags("#" + typo + "dance", 0, 10).Select(h => h.Tag));
        Assert.Equal(new SoundDocument("s-" + stem, stem + " anthem", 2, 4), Index.SearchSounds(typo + " anthem", 0, 10).Single());
        Assert.Empty(Index.SearchVideos(stem, 0, 10, NoOne));
    }

    [SkippableFact]
    public void A_rebuild_swaps_in_a_new_index_while_reads_continue_and_keeps_writes_made_meanwhile()
    {
        var tag = Cards.UniqueTag("rb");
        var stale = Cards.Card("stale", [tag]);
        var kept = Cards.Card("kept", [tag]);
        var meanwhile = Cards.Card("meanwhile", [tag]);
        Index.Upsert([new VideoDocument(stale), new VideoDocument(kept)]);

        using (var rebuild = Index.BeginRebuild())
        {
            rebuild.Upsert([new VideoDocument(kept)]);
            Index.Upsert([new VideoDocument(meanwhile)]);
            Assert.Equal(3, Index.Recent(tag, null, 10, NoOne).Count);
            rebuild.Complete();
        }

        Assert.Equal(new[] { meanwhile.Id, kept.Id }.Order(), Index.Recent(tag, null, 10, NoOne).Select(c => c.Id).Order());
        Assert.Null(Index.FindVideo(stale.Id));
    }

    [SkippableFact]
    public void An_abandoned_rebuild_leaves_the_live_index_as_it_was()
    {
        var tag = Cards.UniqueTag("ab");
        var card = Cards.Card("stays", [tag]);
        Index.Upsert([new VideoDocument(card)]);

        using (var rebuild = Index.BeginRebuild()) rebuild.Upsert([]);
        Index.Upsert([new VideoDocument(Cards.Card("after", [tag]))]);

        Assert.Equal(2, Index.Recent(tag, null, 10, NoOne).Count);
    }
}
