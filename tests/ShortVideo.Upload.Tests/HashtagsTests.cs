using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Tests;

public sealed class HashtagsTests
{
    [Fact]
    public void Tags_are_lower_cased_deduplicated_and_kept_in_order() =>
        Assert.Equal(["dance", "test", "fyp"], Hashtags.Parse("first #Dance #test #DANCE #fyp"));

    [Fact]
    public void A_tag_ends_at_punctuation() =>
        Assert.Equal(["dance", "summer_vibes"], Hashtags.Parse("#dance, #summer_vibes! #"));

    [Theory]
    [InlineData("mail me at me#home.com")]
    [InlineData("I write C# daily")]
    [InlineData("## and #_ and #__ are not tags")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_a_real_tag_gives_none(string? caption) => Assert.Empty(Hashtags.Parse(caption));

    [Fact]
    public void Tags_in_any_script_are_kept() =>
        Assert.Equal(["舞蹈", "танцы", "café", "رقص"], Hashtags.Parse("#舞蹈 #Танцы #Café #رقص"));

    [Fact]
    public void Decomposed_accents_are_composed_so_one_tag_has_one_spelling() =>
        Assert.Equal(["café"], Hashtags.Parse("#cafe\u0301 #café"));

    [Fact]
    public void Half_and_full_width_forms_are_one_tag_with_their_usual_spelling() =>
        Assert.Equal(["ダンス", "dance"], Hashtags.Parse("#ﾀﾞﾝｽ #ダンス ＃ｄａｎｃｅ #dance"));

    [Fact]
    public void Tags_run_together_are_split_at_each_hash() =>
        Assert.Equal(["a1", "b2"], Hashtags.Parse("#a1#b2"));

    [Fact]
    public void Too_long_tags_are_dropped_and_tag_count_is_capped()
    {
        Assert.Empty(Hashtags.Parse("#" + new string('a', Hashtags.MaxTagLength + 1)));
        var many = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"#t{i}"));
        Assert.Equal(Hashtags.MaxTags, Hashtags.Parse(many).Count);
    }
}
