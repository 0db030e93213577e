using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class MasterPlaylistTests
{
    [Fact]
    public void Variants_are_read_with_bandwidth_resolution_and_uri()
    {
        const string text = """
            #EXTM3U
            #EXT-X-VERSION:6
            #EXT-X-STREAM-INF:BANDWIDTH=5090800,RESOLUTION=1080x1920,CODECS="avc1.640028,mp4a.40.2"
            1080p/index.m3u8

            #EXT-X-STREAM-INF:BANDWIDTH=875600,RESOLUTION=360x640,CODECS="avc1.64001e,mp4a.40.2"
            360p/index.m3u8
            """;
        Assert.Equal(
            [new MasterPlaylist.Variant(5090800, 1080, 1920, "1080p/index.m3u8"), new MasterPlaylist.Variant(875600, 360, 640, "360p/index.m3u8")],
            MasterPlaylist.Parse(text));
    }

    [Fact]
    public void HLS_arguments_map_every_rung_and_align_key_frames_to_segments()
    {
        var args = HlsArguments.Build(TranscodePlan.For(720, 1280), hasAudio: true, "/out", 2, "veryfast");
        Assert.Contains("-map [v2] -c:v:2 libx264", args);
        Assert.Contains("-map [a2] -c:a:2 aac -b:a:2 96k", args);
        Assert.Contains("-var_stream_map \"v:0,a:0,name:720p v:1,a:1,name:480p v:2,a:2,name:360p\"", args);
        Assert.Contains("expr:gte(t,n_forced*2)", args);
        Assert.DoesNotContain("-map [a", HlsArguments.Build(TranscodePlan.For(720, 1280), hasAudio: false, "/out", 2, "veryfast"));
    }
}
