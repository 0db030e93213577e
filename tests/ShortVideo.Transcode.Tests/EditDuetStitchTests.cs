using ShortVideo.Contracts;
using Xunit.Abstractions;

namespace ShortVideo.Transcode.Tests;

/// <summary>Duets and stitches: the new clip encoded together with another creator's original.</summary>
public sealed class EditDuetStitchTests(ITestOutputHelper output) : IDisposable
{
    private const string Landscape = "testsrc2=size=640x360:rate=25";
    private readonly EncoderHarness _harness = new();

    [Fact]
    public async Task A_duet_is_a_vertical_frame_as_long_as_the_new_clip_with_a_shorter_original_looping_sound_and_all()
    {
        _harness.Clip("originals/new.mp4", 2);
        _harness.Clip("originals/old.mp4", 0.8, picture: Landscape, sound: "sine=frequency=1000:sample_rate=44100");

        var done = await EncodeAsync("d", "originals/new.mp4", new VideoEdit { DuetOfPath = "originals/old.mp4" });

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        AssertPlays(done, 2);
        var audio = _harness.Media.LocalPath(done.AudioPath!);
        var (mine, theirs) = (MediaMeasure.BandVolume(audio, 440), MediaMeasure.BandVolume(audio, 1000, fromSeconds: 1.2));
        output.WriteLine($"440 Hz (the new clip): {mine} dB, 1000 Hz after the original looped: {theirs} dB");
        Assert.True(mine > -30 && theirs > -30);
    }

    [Fact]
    public async Task A_silent_clip_dueting_an_original_with_sound_has_the_originals_sound()
    {
        _harness.Clip("originals/new.mp4", 1, sound: null);
        _harness.Clip("originals/old.mp4", 2, picture: Landscape);

        var done = await EncodeAsync("d", "originals/new.mp4", new VideoEdit { DuetOfPath = "originals/old.mp4" });

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        AssertPlays(done, 1);
        Assert.True(MediaMeasure.BandVolume(_harness.Media.LocalPath(done.AudioPath!), 440) > -30);
    }

    [Fact]
    public async Task A_stitch_plays_the_chosen_part_of_a_silent_original_then_the_new_clip_in_its_frame()
    {
        _harness.Clip("originals/new.mp4", 2);
        _harness.Clip("originals/old.mp4", 3, picture: Landscape, sound: null);

        var done = await EncodeAsync("s", "originals/new.mp4",
            new VideoEdit { StitchOfPath = "originals/old.mp4", StitchStartMs = 500, StitchEndMs = 2000 });

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        AssertPlays(done, 3.5);
        var audio = _harness.Media.LocalPath(done.AudioPath!);
        var (part, clip) = (MediaMeasure.BandVolume(audio, 440, 0, 1.4), MediaMeasure.BandVolume(audio, 440, 1.6));
        output.WriteLine($"440 Hz in the part: {part} dB, in the clip: {clip} dB");
        Assert.True(part < -60 && clip > -30);
        // The part is letterboxed, black above the picture; the poster shows the creator's own clip, which is not.
        var top = MediaMeasure.BrightestLuma(_harness.Media.LocalPath(done.PosterPath), 0, 0.25);
        output.WriteLine($"brightest luma in the poster's top quarter: {top}");
        Assert.True(top > 100);
    }

    [Fact]
    public async Task A_stitch_can_take_a_sound_in_place_of_both_parts_audio()
    {
        _harness.Clip("originals/new.mp4", 1);
        _harness.Clip("originals/old.mp4", 2, picture: Landscape);
        _harness.Sound("sounds/s.m4a", 3, 1000);

        var done = await EncodeAsync("s", "originals/new.mp4", new VideoEdit
        {
            StitchOfPath = "originals/old.mp4", StitchStartMs = 0, StitchEndMs = 1000, SoundPath = "sounds/s.m4a", SoundMode = "replace",
        });

        AssertPlays(done, 2);
        var audio = _harness.Media.LocalPath(done.AudioPath!);
        Assert.True(MediaMeasure.BandVolume(audio, 1000) - MediaMeasure.BandVolume(audio, 440) > 15);
    }

    [Theory]
    [InlineData("duet")]
    [InlineData("stitch")]
    public async Task An_original_deleted_since_the_post_fails_the_edit(string kind)
    {
        _harness.Clip("originals/new.mp4", 1);
        var edit = kind == "duet"
            ? new VideoEdit { DuetOfPath = "originals/gone.mp4" }
            : new VideoEdit { StitchOfPath = "originals/gone.mp4", StitchStartMs = 0, StitchEndMs = 1000 };

        var outcome = await _harness.EncodeAsync("x", "originals/new.mp4", edit);

        Assert.Equal("edit", outcome.FailureRule);
        Assert.Contains("original", outcome.FailureReason);
        Assert.False(_harness.Media.Exists("videos/x"));
    }

    private void AssertPlays(VideoTranscoded done, double seconds)
    {
        var top = _harness.Media.LocalPath(done.Renditions[0].PlaylistPath);
        var (video, audio) = (MediaMeasure.DecodedSeconds(top, 'v'), MediaMeasure.DecodedSeconds(top, 'a'));
        output.WriteLine($"video {video} s, audio {audio} s, reported {done.DurationMs} ms");
        Assert.InRange(video, seconds - 0.1, seconds + 0.1);
        Assert.InRange(audio, seconds - 0.1, seconds + 0.15);
        Assert.InRange(done.DurationMs, seconds * 1000 - 100, seconds * 1000 + 100);
    }

    private async Task<VideoTranscoded> EncodeAsync(string id, string key, VideoEdit edit)
    {
        var outcome = await _harness.EncodeAsync(id, key, edit);
        Assert.True(outcome.Transcoded is not null, outcome.FailureMessage);
        return outcome.Transcoded;
    }

    public void Dispose() => _harness.Dispose();
}
