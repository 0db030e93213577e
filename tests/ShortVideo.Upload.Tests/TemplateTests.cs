using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Tests;

public sealed class TemplateTests
{
    private static readonly TemplateParameter Factor = Templates.Find("slow-motion")!.Parameters.Single();
    private static readonly TemplateParameter Position = Templates.Find("caption-overlay")!.Parameters.Single(p => p.Name == "position");
    private static readonly TemplateParameter Text = Templates.Find("caption-overlay")!.Parameters.Single(p => p.Name == "text");

    [Fact]
    public void Every_template_has_a_unique_id_and_described_parameters()
    {
        Assert.Equal(Templates.All.Count, Templates.All.Select(t => t.Id).Distinct().Count());
        Assert.All(Templates.All, t => Assert.All(t.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description))));
    }

    [Theory]
    [InlineData(null, "0.5")]
    [InlineData("0.25", "0.25")]
    [InlineData(" 0.750 ", "0.75")]
    public void A_number_in_range_is_normalised_and_a_missing_one_takes_the_default(string? given, string expected) =>
        Assert.Equal((expected, null), Factor.Check(given));

    [Theory]
    [InlineData("0.1")]
    [InlineData("2")]
    [InlineData("NaN")]
    [InlineData("fast")]
    public void A_number_out_of_range_or_not_a_number_is_refused(string given) => Assert.NotNull(Factor.Check(given).Problem);

    [Fact]
    public void A_choice_must_be_one_of_the_listed_values()
    {
        Assert.Equal(("top", null), Position.Check("top"));
        Assert.Contains("one of", Position.Check("left").Problem);
    }

    [Fact]
    public void Text_is_required_short_and_plain()
    {
        Assert.Contains("required", Text.Check(null).Problem);
        Assert.NotNull(Text.Check(new string('x', 81)).Problem);
        Assert.NotNull(Text.Check("line\nbreak").Problem);
        Assert.Equal(("Hello #fyp", null), Text.Check("Hello #fyp"));
    }
}
