using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class EncodePlanTests
{
    private static readonly SourceFacts Phone = new("mov,mp4,m4a,3gp,3g2,mj2", true, "h264", 720, 1280, 0, 30, TimeSpan.FromSeconds(15), "aac");

    private static EncodePlan Plan(SourceFacts source) => EncodePlan.For(source, 2, "veryfast");

    [Fact]
    public void One_decode_is_split_to_every_rendition_the_preview_and_the_poster()
    {
        var graph = Plan(Phone).FilterGraph();
        Assert.StartsWith("[0:v:0]split=5[s0][s1][s2][sp][sq];", graph);
        Assert.Contains("[s2]scale=360:640:flags=bicubic,setsar=1,format=yuv420p[v2]", graph);
        Assert.Contains("[sp]trim=duration=3,fps=12,scale=240:426:flags=bicubic,setsar=1[preview]", graph);
        Assert.Contains("[sq]trim=start=1,trim=end_frame=1,scale=720:1280:flags=bicubic,setsar=1[poster]", graph);
    }

    [Fact]
    public void Sound_is_normalised_once_to_EBU_R128_at_minus_14_LUFS_then_split_to_every_output()
    {
        var graph = Plan(Phone).FilterGraph();
        Assert.Contains("[0:a:0]loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=channel_layouts=stereo,asplit=4[a0][a1][a2][sound]", graph);
    }

    [Fact]
    public void A_silent_source_has_no_sound_chain_and_no_sound_file()
    {
        var plan = Plan(Phone with { AudioCodec = null });
        Assert.DoesNotContain("[0:a", plan.FilterGraph());
        Assert.DoesNotContain("audio.m4a", plan.Arguments("/out"));
        Assert.DoesNotContain("audio.m4a", plan.Files);
    }

    [Fact]
    public void The_poster_of_a_short_clip_comes_from_its_middle() =>
        Assert.Contains("[sq]trim=start=0.3,", Plan(Phone with { Duration = TimeSpan.FromSeconds(0.6) }).FilterGraph());

    [Fact]
    public void Side_outputs_come_first_and_the_HLS_ladder_last()
    {
        var args = Plan(Phone).Arguments("/out");
        var order = new[] { "\"/out/poster.jpg\"", "\"/out/preview.webp\"", "\"/out/audio.m4a\"", "-f hls" }.Select(s => args.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("-c:v libwebp_anim -quality 60 -loop 0", args);
        Assert.Contains("-map [sound] -c:a aac -b:a 128k", args);
    }

    [Fact]
    public void A_rotated_source_is_planned_as_displayed()
    {
        var plan = Plan(Phone with { Width = 1280, Height = 720, Rotation = 90 });
        Assert.Equal((720, 1280), (plan.Ladder[0].Width, plan.Ladder[0].Height));
        Assert.Equal((240, 426), (plan.Preview.Width, plan.Preview.Height));
    }

    [Theory]
    [InlineData(1080, 1920, 240, 426)]
    [InlineData(1920, 1080, 426, 240)]
    [InlineData(200, 356, 200, 356)]
    [InlineData(145, 257, 144, 254)]
    public void The_preview_is_240_on_its_short_side_or_the_source_size_when_smaller(int width, int height, int previewWidth, int previewHeight) =>
        Assert.Equal((previewWidth, previewHeight), (PreviewPlan.For(width, height).Width, PreviewPlan.For(width, height).Height));
}
