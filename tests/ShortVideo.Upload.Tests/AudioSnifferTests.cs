using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Tests;

public sealed class AudioSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0 }, "mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64, 0, 0 }, "mp3")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, "wav")]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0, 2 }, "ogg")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D, 0x34, 0x41, 0x20 }, "m4a")]
    public void Audio_formats_are_recognised_by_their_first_bytes(byte[] head, string expected) =>
        Assert.Equal(expected, AudioSniffer.Detect(head));

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(new byte[] { 0xFF, 0xE1 })]
    [InlineData(new byte[0])]
    public void Html_zip_jpeg_a_reserved_mpeg_layer_and_nothing_are_not_audio(byte[] head) => Assert.Null(AudioSniffer.Detect(head));
}
