using System.Globalization;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class TemplatesTests
{
    private static readonly SourceFacts Clip = new("mov,mp4,m4a,3gp,3g2,mj2", true, "h264", 720, 1280, 0, 30, TimeSpan.FromSeconds(10), "aac");

    private static EditStage Apply(string id, string name, string value, SourceFacts? clip = null) =>
        Templates.Apply(id, new Dictionary<string, string> { [name] = value }, clip ?? Clip, "/scratch/caption.txt");

    [Theory]
    [InlineData("0.25", 40)]
    [InlineData("0.5", 20)]
    [InlineData("0.9", 11.111)]
    public void Slow_motion_lasts_the_clip_divided_by_the_factor(string factor, double seconds) =>
        Assert.Equal(seconds, Apply("slow-motion", "factor", factor).Duration.TotalSeconds, 3);

    [Theory]
    [InlineData("1.25", 9)]
    [InlineData("2", 7.5)]
    [InlineData("4", 6.25)]
    public void A_speed_ramp_lasts_half_the_clip_plus_the_other_half_sped_up(string speed, double seconds) =>
        Assert.Equal(seconds, Apply("speed-ramp", "speed", speed).Duration.TotalSeconds, 3);

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1)]
    [InlineData(1.25)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Tempo_chains_atempo_steps_each_within_half_to_double(double factor)
    {
        var steps = Templates.Tempo(factor).Split(',').Select(step => double.Parse(step["atempo=".Length..], CultureInfo.InvariantCulture)).ToList();

        Assert.All(steps, step => Assert.InRange(step, 0.5, 2));
        Assert.Equal(factor, steps.Aggregate((a, b) => a * b), 3);
    }

    [Theory]
    [InlineData("side-by-side", 720, 1280)]
    [InlineData("stacked", 720, 1280)]
    public void A_mirror_split_keeps_the_frame(string layout, int width, int height)
    {
        var stage = Apply("mirror-split", "layout", layout);
        Assert.Equal((width, height, Clip.Duration), (stage.Width, stage.Height, stage.Duration));
    }

    [Theory]
    [InlineData("side-by-side")]
    [InlineData("stacked")]
    public void A_mirror_split_of_an_odd_frame_stays_even_and_within_two_pixels(string layout)
    {
        var stage = Apply("mirror-split", "layout", layout, Clip with { Width = 723, Height = 1283 });
        Assert.Equal((0, 0), (stage.Width % 2, stage.Height % 2));
        Assert.InRange(stage.Width, 720, 722);
        Assert.InRange(stage.Height, 1280, 1282);
    }

    [Fact]
    public void A_caption_is_read_from_its_file_and_drawn_literally_never_written_into_the_graph()
    {
        var edit = EditStageTests.Template("caption-overlay", ("text", "It's 100% \"fun\": yes"), ("position", "bottom"));

        var stage = EditStage.For(edit, Clip, new EditStage.Sources(null, null, null, null, "/scratch/caption.txt"));

        Assert.DoesNotContain("fun", stage.Filter);
        Assert.DoesNotContain("100", stage.Filter);
        Assert.Contains("textfile='/scratch/caption.txt':expansion=none:", stage.Filter);
        Assert.Equal((720, 1280, Clip.Duration), (stage.Width, stage.Height, stage.Duration));
    }

    [Theory]
    [InlineData("short", "short")]
    [InlineData("a caption of several words here", "a caption of\nseveral words here")]
    [InlineData("Supercalifragilisticexpialidocious!", "Supercalifragilist\nicexpialidocious!")]
    [InlineData("héllo 👋 wörld 👋👋 and a line\r\nbreak", "héllo 👋 wörld 👋👋\nand a line break")]
    [InlineData("aaaaaaaaaaaaaaaaa👍🏽 next", "aaaaaaaaaaaaaaaaa👍🏽\nnext")]
    public void A_caption_is_broken_at_spaces_into_lines_of_at_most_18_characters(string text, string drawn)
    {
        var wrapped = Templates.WrapCaption(text);

        Assert.Equal(drawn, wrapped);
        Assert.All(wrapped.Split('\n'), line => Assert.InRange(new System.Globalization.StringInfo(line).LengthInTextElements, 1, Templates.CaptionLineLength));
    }

    [Fact]
    public void A_beat_cut_flips_on_every_other_beat_of_its_tempo() =>
        Assert.Contains("enable='eq(mod(floor(t/0.5),2),1)'", Apply("beat-cut", "bpm", "120").Filter);

    [Fact]
    public void An_unknown_template_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Apply("sepia", "x", "1"));
}
