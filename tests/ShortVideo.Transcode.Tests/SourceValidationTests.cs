using ShortVideo.Transcode.Encoding;

namespace ShortVideo.Transcode.Tests;

/// <summary>Uploads that are not whole, playable videos are turned away, by rule, before anything is published.</summary>
public sealed class SourceValidationTests : IDisposable
{
    private readonly EncoderHarness _harness = new();

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(90)]
    public async Task A_truncated_upload_whose_index_still_reads_is_rejected_as_corrupt(int percent)
    {
        var whole = await File.ReadAllBytesAsync(_harness.Clip("originals/whole.mp4", 2));
        await File.WriteAllBytesAsync(_harness.Media.LocalPath("originals/cut.mp4"), whole[..(whole.Length * percent / 100)]);

        var outcome = await _harness.EncodeAsync("cut", "originals/cut.mp4");

        AssertRejected(_harness, outcome, "corrupt", "damaged or incomplete");
    }

    [Fact]
    public async Task A_file_that_only_looks_like_an_mp4_is_rejected_as_unreadable()
    {
        Directory.CreateDirectory(Path.Combine(_harness.Root, "originals"));
        await File.WriteAllBytesAsync(_harness.Media.LocalPath("originals/b.mp4"), [0, 0, 0, 0x20, .. "ftypisom"u8, .. new byte[4096]]);

        AssertRejected(_harness, await _harness.EncodeAsync("b", "originals/b.mp4"), "probe", "could not be read as a video");
    }

    [Fact]
    public async Task A_recording_cut_short_before_its_index_is_rejected_in_plain_words_without_ffprobe_s_internals()
    {
        // Index at the end, as a phone writes it; an upload cut short loses it.
        var path = _harness.Make("originals/cut.mp4", $"-f lavfi -i {EncoderHarness.Picture} -t 2 -c:v libx264 -preset ultrafast -pix_fmt yuv420p");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);

        var outcome = await _harness.EncodeAsync("cut", "originals/cut.mp4");

        AssertRejected(_harness, outcome, "probe", "could not be read as a video: it is incomplete (its MP4 index is missing)");
        Assert.DoesNotContain("ffprobe", outcome.FailureReason);
        Assert.DoesNotContain("0x", outcome.FailureReason);
    }

    [Fact]
    public async Task A_sound_file_is_rejected_for_having_no_video()
    {
        _harness.Make("originals/s.m4a", $"-f lavfi -i {EncoderHarness.Tone} -t 2 -c:a aac");

        AssertRejected(_harness, await _harness.EncodeAsync("s", "originals/s.m4a"), "video-stream", "only sound");
    }

    [Fact]
    public async Task A_song_with_cover_art_is_rejected_for_having_no_video()
    {
        _harness.Make("originals/cover.jpg", "-f lavfi -i testsrc2=size=320x320 -frames:v 1");
        _harness.Make("originals/song.m4a",
            $"-f lavfi -i {EncoderHarness.Tone} -i \"{_harness.Media.LocalPath("originals/cover.jpg")}\" -t 2 -map 0 -map 1 -c:a aac -c:v mjpeg -disposition:v attached_pic");

        AssertRejected(_harness, await _harness.EncodeAsync("song", "originals/song.m4a"), "video-stream", "only sound");
    }

    [Fact]
    public async Task A_still_image_is_rejected_as_not_a_video()
    {
        _harness.Make("originals/i.png", "-f lavfi -i testsrc2=size=360x640 -frames:v 1");

        AssertRejected(_harness, await _harness.EncodeAsync("i", "originals/i.png"), "video-stream", "still image (png)");
    }

    [Fact]
    public async Task A_single_frame_video_is_rejected_as_too_short()
    {
        _harness.Make("originals/f.mp4", $"-f lavfi -i {EncoderHarness.Picture} -frames:v 1 -c:v libx264 -preset ultrafast");

        AssertRejected(_harness, await _harness.EncodeAsync("f", "originals/f.mp4"), "duration", "the minimum is 0.5 s");
    }

    [Fact]
    public async Task A_clip_over_the_configured_length_is_rejected_naming_both_lengths()
    {
        using var harness = new EncoderHarness(new TranscodeOptions { Preset = "ultrafast", MaxDurationSeconds = 1 });
        harness.Clip("originals/l.mp4", 2, sound: null);

        AssertRejected(harness, await harness.EncodeAsync("l", "originals/l.mp4"), "duration", "the video is 2 s long; the limit is 1 s");
    }

    [Fact]
    public async Task An_encode_past_its_time_limit_is_killed_and_rejected()
    {
        using var harness = new EncoderHarness(new TranscodeOptions { Preset = "ultrafast", TimeoutFactor = 0, MinimumTimeout = TimeSpan.FromMilliseconds(200) });
        harness.Clip("originals/t.mp4", 3, picture: "testsrc2=size=720x1280:rate=30");

        var outcome = await harness.EncodeAsync("t", "originals/t.mp4");

        AssertRejected(harness, outcome, "timeout", "longer than its limit of 0.2 s");
        Assert.Empty(harness.FfmpegProcessesUsingRoot());
    }

    private static void AssertRejected(EncoderHarness harness, TranscodeOutcome outcome, string rule, string reason)
    {
        Assert.Null(outcome.Transcoded);
        Assert.Equal(rule, outcome.FailureRule);
        Assert.Contains(reason, outcome.FailureReason);
        Assert.StartsWith(rule + ": ", outcome.FailureMessage);
        Assert.False(Directory.Exists(Path.Combine(harness.Root, "videos")));
        var staging = Path.Combine(harness.Root, ".staging");
        Assert.True(!Directory.Exists(staging) || !Directory.EnumerateFileSystemEntries(staging).Any());
    }

    public void Dispose() => _harness.Dispose();
}
