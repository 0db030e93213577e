using System.Text;
using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Tests;

public sealed class ContainerSnifferTests
{
    [Fact]
    public void An_mp4_is_recognised_by_its_ftyp_box() =>
        Assert.Equal("mp4", ContainerSniffer.Detect([0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0]));

    [Fact]
    public void A_quicktime_brand_is_a_mov() =>
        Assert.Equal("mov", ContainerSniffer.Detect([0, 0, 0, 0x14, .. "ftypqt  "u8, 0, 0, 0, 0]));

    [Fact]
    public void Webm_and_matroska_are_recognised_by_the_ebml_magic() =>
        Assert.Equal("webm", ContainerSniffer.Detect([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81]));

    [Theory]
    [InlineData("hello, this is a text file named clip.mp4")]
    [InlineData("<html><body>not a video</body></html>")]
    [InlineData("")]
    public void Text_is_not_a_video_whatever_its_name(string text) =>
        Assert.Null(ContainerSniffer.Detect(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_jpeg_is_not_a_video() => Assert.Null(ContainerSniffer.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8, 0, 1]));
}
