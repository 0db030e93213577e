using ShortVideo.HashtagSearch.Domain;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

public class HashtagsTests
{
    [Theory]
    [InlineData("#Dance", "dance")]
    [InlineData("dance", "dance")]
    [InlineData("  #DANCE ", "dance")]
    [InlineData("#舞蹈", "舞蹈")]
    [InlineData("Cafe\u0301", "caf\u00e9")]
    [InlineData("#ﾀﾞﾝｽ", "ダンス")]
    [InlineData("＃ＤＡＮＣＥ", "dance")]
    public void A_tag_is_normalised_to_the_form_upload_parses(string raw, string expected) =>
        Assert.Equal(expected, Hashtags.Normalize(raw));

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("  ")]
    public void A_bare_hash_normalises_to_nothing(string raw) => Assert.Equal("", Hashtags.Normalize(raw));

    [Theory]
    [InlineData("cat", 0)]
    [InlineData("dnace", 1)]
    [InlineData("tutorial", 2)]
    public void Longer_words_forgive_more_typos(string term, int edits) => Assert.Equal(edits, TypoTolerance.MaxEdits(term));

    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("CAFE\u0301", "cafe")]
    [InlineData("Ｄａｎｃｅ", "dance")]
    [InlineData("Straße", "strasse")]
    [InlineData("ΚΑΛΗΜΈΡΑ", "καλημερα")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Йога", "йога")]
    [InlineData("ﾀﾞﾝｽ", "ダンス")]
    [InlineData("がっこう", "がっこう")]
    [InlineData("مَرْحَبًا", "مرحبا")]
    [InlineData("عـــربي", "عربي")]
    [InlineData("नमस्ते", "नमस्ते")]
    [InlineData("İstanbul", "istanbul")]
    public void Folding_drops_case_width_and_optional_accents_but_keeps_letters_that_differ(string raw, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(raw));

    [Fact]
    public void Top_trades_a_tenfold_of_engagement_for_the_decay_period()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var older = Ranking.Hot(new CardStats(1000, 0, 0, 0), at);
        var younger = Ranking.Hot(new CardStats(100, 0, 0, 0), at.AddSeconds(Ranking.DecaySeconds));

        Assert.Equal(older, younger, 9);
        Assert.True(Ranking.Hot(new CardStats(0, 0, 0, 1), at) > Ranking.Hot(new CardStats(5, 0, 0, 0), at), "a share outweighs five views");
    }
}
