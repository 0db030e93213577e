using ShortVideo.HashtagSearch.Domain;

namespace ShortVideo.HashtagSearch.Tests;

public class HashtagsTests
{
    [Theory]
    [InlineData("#Dance", "dance")]
    [InlineData("dance", "dance")]
    [InlineData("  #DANCE ", "dance")]
    [InlineData("#舞蹈", "舞蹈")]
    [InlineData("Cafe\u0301", "caf\u00e9")]
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
}
