using System.Buffers.Binary;
using ShortVideo.Contracts;
using Xunit.Abstractions;

namespace ShortVideo.Transcode.Tests;

/// <summary>Real ffmpeg, real files: what the encoder makes from clips generated on the spot.</summary>
public sealed class HlsEncoderTests(ITestOutputHelper output) : IDisposable
{
    private static readonly System.Text.Encoding Ascii = System.Text.Encoding.ASCII;
    private readonly EncoderHarness _harness = new();

    [Fact]
    public async Task A_vertical_clip_becomes_an_HLS_ladder_with_poster_preview_and_sound_published_in_one_step()
    {
        _harness.Clip("originals/a.mp4", 2, picture: "testsrc2=size=720x1280:rate=30");

        var outcome = await _harness.EncodeAsync("a", "originals/a.mp4");

        var done = Assert.IsType<VideoTranscoded>(outcome.Transcoded);
        Assert.Equal([(720, 1280), (480, 852), (360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        Assert.All(done.Renditions, r => Assert.True(r.Bandwidth > 0));
        Assert.InRange(done.DurationMs, 1900, 2100);
        Assert.True(_harness.Media.Exists(done.MasterPlaylistPath));
        Assert.True(new FileInfo(_harness.Media.LocalPath(done.PosterPath)).Length > 1000);
        Assert.Equal("videos/a/preview.webp", done.PreviewPath);
        Assert.Equal("videos/a/audio.m4a", done.AudioPath);
        Assert.True(new FileInfo(_harness.Media.LocalPath(done.AudioPath!)).Length > 1000);
        foreach (var rendition in done.Renditions)
        {
            var playlist = await File.ReadAllTextAsync(_harness.Media.LocalPath(rendition.PlaylistPath));
            Assert.Contains("#EXT-X-ENDLIST", playlist);
            Assert.Contains(".ts", playlist);
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_harness.Root, ".staging")));
    }

    [Fact]
    public async Task The_preview_is_a_small_looping_animated_WebP_of_the_first_three_seconds()
    {
        _harness.Clip("originals/p.mp4", 4, sound: null);

        var done = Assert.IsType<VideoTranscoded>((await _harness.EncodeAsync("p", "originals/p.mp4")).Transcoded);

        // ffmpeg 5.1 cannot decode animated WebP, so read its RIFF chunks (developers.google.com/speed/webp/docs/riff_container).
        var webp = await File.ReadAllBytesAsync(_harness.Media.LocalPath(done.PreviewPath!));
        Assert.Equal("RIFF", Ascii.GetString(webp, 0, 4));
        Assert.Equal("WEBPVP8X", Ascii.GetString(webp, 8, 8));
        var (width, height) = (1 + Read24(webp, 24), 1 + Read24(webp, 27));
        Assert.Equal((240, 426), (width, height));
        var anim = IndexOf(webp, "ANIM");
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(webp.AsSpan(anim + 8 + 4)));
        Assert.InRange(Count(webp, "ANMF"), 30, 40);
        Assert.InRange(webp.Length, 1000, 400_000);
    }

    [Fact]
    public async Task Sound_far_too_quiet_is_normalised_to_minus_14_LUFS_in_every_rendition_and_the_sound_file()
    {
        var source = EncoderHarness.IntegratedLoudness(_harness.Clip("originals/q.mp4", 4, sound: EncoderHarness.Tone + ",volume=0.05"));
        output.WriteLine($"source: {source} LUFS");
        Assert.True(source < -40);

        var done = Assert.IsType<VideoTranscoded>((await _harness.EncodeAsync("q", "originals/q.mp4")).Transcoded);

        string[] outputs = [done.AudioPath!, .. done.Renditions.Select(r => r.PlaylistPath)];
        foreach (var key in outputs)
        {
            var loudness = EncoderHarness.IntegratedLoudness(_harness.Media.LocalPath(key));
            output.WriteLine($"{key}: {loudness} LUFS");
            Assert.InRange(loudness, -16, -12);
        }
    }

    [Fact]
    public async Task A_clip_without_audio_is_encoded_as_video_only_and_has_no_sound_file()
    {
        _harness.Clip("originals/c.mp4", 1, sound: null);

        var done = Assert.IsType<VideoTranscoded>((await _harness.EncodeAsync("c", "originals/c.mp4")).Transcoded);

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        Assert.Null(done.AudioPath);
        Assert.False(_harness.Media.Exists("videos/c/audio.m4a"));
        Assert.True(_harness.Media.Exists(done.PreviewPath!));
    }

    [Fact]
    public async Task A_clip_filmed_sideways_is_planned_as_it_is_displayed()
    {
        var landscape = _harness.Clip("originals/l.mp4", 1, picture: "testsrc2=size=640x360:rate=30", sound: null);
        // ffmpeg 5.1 writes the rotation as a display matrix only when remuxing.
        _harness.Make("originals/r.mp4", $"-i \"{landscape}\" -c copy -metadata:s:v:0 rotate=90");

        var done = Assert.IsType<VideoTranscoded>((await _harness.EncodeAsync("r", "originals/r.mp4")).Transcoded);

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
    }

    [Fact]
    public async Task Progress_is_reported_from_zero_to_the_end()
    {
        _harness.Clip("originals/g.mp4", 2, sound: null);
        var reports = new List<double>();

        await _harness.EncodeAsync("g", "originals/g.mp4", new SynchronousProgress(value => { lock (reports) reports.Add(value); }));

        Assert.Equal(0, reports[0]);
        Assert.InRange(reports.Max(), 0.9, 1.01);
    }

    private static int Read24(byte[] bytes, int at) => bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16;

    private static int IndexOf(byte[] bytes, string fourCc) => bytes.AsSpan().IndexOf(Ascii.GetBytes(fourCc));

    private static int Count(byte[] bytes, string fourCc) => Ascii.GetString(bytes).Split(fourCc).Length - 1;

    public void Dispose() => _harness.Dispose();

    // Progress<T> posts to the thread pool; this records in the order ffmpeg reported.
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
