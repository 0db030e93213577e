using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Encoding;

namespace ShortVideo.Transcode.Tests;

/// <summary>Real ffmpeg, real files: the encoder against clips generated on the spot.</summary>
public sealed class HlsEncoderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("shortvideo-transcode-").FullName;
    private readonly FolderMediaStore _media;
    private readonly HlsEncoder _encoder;

    public HlsEncoderTests()
    {
        _media = new FolderMediaStore(_root);
        _encoder = new HlsEncoder(_media, Options.Create(new TranscodeOptions { Preset = "ultrafast" }), NullLogger<HlsEncoder>.Instance);
    }

    [Fact]
    public async Task A_vertical_clip_becomes_an_HLS_ladder_with_a_poster_published_in_one_step()
    {
        Generate("originals/a.mp4", "testsrc2=size=720x1280:rate=30", seconds: 2, audio: true);

        var outcome = await _encoder.EncodeAsync(Uploaded("a", "originals/a.mp4"), CancellationToken.None);

        var done = Assert.IsType<VideoTranscoded>(outcome.Transcoded);
        Assert.Equal([(720, 1280), (480, 852), (360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        Assert.All(done.Renditions, r => Assert.True(r.Bandwidth > 0));
        Assert.InRange(done.DurationMs, 1900, 2100);
        Assert.True(_media.Exists(done.MasterPlaylistPath));
        Assert.True(new FileInfo(_media.LocalPath(done.PosterPath)).Length > 1000);
        foreach (var rendition in done.Renditions)
        {
            var playlist = await File.ReadAllTextAsync(_media.LocalPath(rendition.PlaylistPath));
            Assert.Contains("#EXT-X-ENDLIST", playlist);
            Assert.Contains(".ts", playlist);
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_root, ".staging")));
    }

    [Fact]
    public async Task A_file_that_only_looks_like_an_mp4_is_rejected_and_leaves_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_root, "originals"));
        await File.WriteAllBytesAsync(_media.LocalPath("originals/b.mp4"), [0, 0, 0, 0x20, .. "ftypisom"u8, .. new byte[4096]]);

        var outcome = await _encoder.EncodeAsync(Uploaded("b", "originals/b.mp4"), CancellationToken.None);

        Assert.Null(outcome.Transcoded);
        Assert.Contains("could not be read as a video", outcome.FailureReason);
        Assert.False(_media.Exists("videos/b"));
    }

    [Fact]
    public async Task A_clip_without_audio_is_encoded_as_video_only()
    {
        Generate("originals/c.mp4", "testsrc2=size=360x640:rate=25", seconds: 1, audio: false);

        var outcome = await _encoder.EncodeAsync(Uploaded("c", "originals/c.mp4"), CancellationToken.None);

        var done = Assert.IsType<VideoTranscoded>(outcome.Transcoded);
        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
    }

    private static VideoUploaded Uploaded(string id, string path) =>
        new(id, new CreatorInfo("u", "creator", "Creator"), "", [], path, DateTimeOffset.UtcNow);

    private void Generate(string key, string source, int seconds, bool audio)
    {
        var output = _media.LocalPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var args = $"-loglevel error -y -f lavfi -i {source} " + (audio ? "-f lavfi -i sine=frequency=440 " : "")
            + $"-t {seconds} -c:v libx264 -preset ultrafast -pix_fmt yuv420p " + (audio ? "-c:a aac " : "") + $"\"{output}\"";
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", args) { RedirectStandardError = true })!;
        var errors = ffmpeg.StandardError.ReadToEnd();
        ffmpeg.WaitForExit();
        Assert.True(ffmpeg.ExitCode == 0, errors);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
