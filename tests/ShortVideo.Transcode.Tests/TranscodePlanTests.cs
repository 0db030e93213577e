using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class TranscodePlanTests
{
    private static IEnumerable<(int, int)> Sizes(int width, int height) => TranscodePlan.For(width, height).Select(r => (r.Width, r.Height));

    [Fact]
    public void A_vertical_1080p_source_gets_the_full_ladder() =>
        Assert.Equal([(1080, 1920), (720, 1280), (480, 852), (360, 640)], Sizes(1080, 1920));

    [Fact]
    public void A_horizontal_source_keeps_its_orientation() =>
        Assert.Equal([(1920, 1080), (1280, 720), (852, 480), (640, 360)], Sizes(1920, 1080));

    [Fact]
    public void A_720p_source_is_never_upscaled() =>
        Assert.Equal([(720, 1280), (480, 852), (360, 640)], Sizes(720, 1280));

    [Fact]
    public void A_source_between_rungs_starts_at_the_rung_below_it() =>
        Assert.Equal([(480, 1040), (360, 780)], Sizes(540, 1170));

    [Fact]
    public void A_tiny_source_gets_one_rendition_at_its_own_even_size() =>
        Assert.Equal([(240, 424)], Sizes(241, 427));

    [Fact]
    public void A_4k_source_tops_out_at_1080() => Assert.Equal((1080, 1920), Sizes(2160, 3840).First());

    [Fact]
    public void Every_rendition_has_even_dimensions_and_falling_bitrates()
    {
        var ladder = TranscodePlan.For(1081, 1923);
        Assert.All(ladder, r => Assert.True(r.Width % 2 == 0 && r.Height % 2 == 0));
        Assert.Equal(ladder.OrderByDescending(r => r.VideoKbps), ladder);
        Assert.All(ladder, r => Assert.True(r.MaxKbps > r.VideoKbps && r.BufferKbps > r.VideoKbps));
    }

    [Fact]
    public void A_frame_without_size_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => TranscodePlan.For(0, 1920));
}
