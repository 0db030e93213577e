using System.Text;
using ShortVideo.Upload.Tus;

namespace ShortVideo.Upload.Tests;

public sealed class TusParsingTests
{
    [Fact]
    public void Metadata_values_are_base64_and_a_key_may_stand_alone()
    {
        Assert.True(TusMetadata.TryParse($"filename {B64("clip ü.mp4")}, filetype {B64("video/mp4")},is_private", out var values));

        Assert.Equal("clip ü.mp4", values["filename"]);
        Assert.Equal("video/mp4", values["filetype"]);
        Assert.Equal("", values["is_private"]);
    }

    [Theory]
    [InlineData("filename not*base64")]
    [InlineData("filename YQ==,filename Yg==")]
    [InlineData("filename YQ== extra")]
    [InlineData("filename YQ==,,filetype Yg==")]
    public void Malformed_metadata_is_refused(string header) => Assert.False(TusMetadata.TryParse(header, out _));

    [Fact]
    public void A_sha1_checksum_is_read_and_other_algorithms_are_not()
    {
        var digest = System.Security.Cryptography.SHA1.HashData("abc"u8);

        Assert.True(TusChecksum.TryParse("sha1 " + Convert.ToBase64String(digest), out var parsed));
        Assert.Equal(digest, parsed);
        Assert.False(TusChecksum.TryParse("md5 " + Convert.ToBase64String(new byte[16]), out _));
        Assert.False(TusChecksum.TryParse("sha1 " + Convert.ToBase64String(new byte[16]), out _));
        Assert.True(TusChecksum.TryParse(null, out var none));
        Assert.Null(none);
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
