using ShortVideo.Contracts;
using Xunit.Abstractions;

namespace ShortVideo.Transcode.Tests;

/// <summary>
/// A sound put on a clip, heard in the output: the clip carries a 440 Hz tone and the sound a
/// 1000 Hz one, so a band-pass around each tells whose audio came through and how loud.
/// </summary>
public sealed class EditSoundTests(ITestOutputHelper output) : IDisposable
{
    private readonly EncoderHarness _harness = new();

    [Fact]
    public async Task A_sound_that_replaces_the_audio_is_all_that_is_heard()
    {
        _harness.Clip("originals/r.mp4", 2);
        _harness.Sound("sounds/s.m4a", 3, 1000);

        var audio = await EncodeAsync("r", "originals/r.mp4", new VideoEdit { SoundPath = "sounds/s.m4a", SoundMode = "replace" });

        var (sound, clip) = (Band(audio, 1000), Band(audio, 440));
        Assert.True(sound - clip > 15, $"1000 Hz at {sound} dB, 440 Hz at {clip} dB");
        Assert.InRange(MediaMeasure.DecodedSeconds(audio, 'a'), 1.9, 2.15);
    }

    [Theory]
    [InlineData("replace")]
    [InlineData("mix")]
    public async Task A_silent_clip_given_a_sound_gets_an_audio_track_in_every_rendition(string mode)
    {
        _harness.Clip("originals/q.mp4", 1, sound: null);
        _harness.Sound("sounds/s.m4a", 3, 1000);

        var done = await EncodeDoneAsync("q", "originals/q.mp4", new VideoEdit { SoundPath = "sounds/s.m4a", SoundMode = mode });

        Assert.NotNull(done.AudioPath);
        Assert.InRange(MediaMeasure.DecodedSeconds(_harness.Media.LocalPath(done.Renditions[0].PlaylistPath), 'a'), 0.9, 1.15);
        Assert.True(Band(_harness.Media.LocalPath(done.AudioPath!), 1000) > -30);
    }

    [Fact]
    public async Task A_mixed_sound_plays_under_the_clips_own_audio()
    {
        _harness.Clip("originals/m.mp4", 2);
        _harness.Sound("sounds/s.m4a", 3, 1000);

        var audio = await EncodeAsync("m", "originals/m.mp4", new VideoEdit { SoundPath = "sounds/s.m4a", SoundMode = "mix" });

        var (sound, clip) = (Band(audio, 1000), Band(audio, 440));
        Assert.True(clip - sound > 3, $"440 Hz at {clip} dB, 1000 Hz at {sound} dB");
        Assert.True(sound > -40, $"1000 Hz at {sound} dB");
    }

    [Fact]
    public async Task A_sound_shorter_than_the_clip_loops_to_its_end()
    {
        _harness.Clip("originals/l.mp4", 3, sound: null);
        _harness.Sound("sounds/short.m4a", 0.8, 1000);

        var audio = await EncodeAsync("l", "originals/l.mp4", new VideoEdit { SoundPath = "sounds/short.m4a", SoundMode = "replace" });

        Assert.InRange(MediaMeasure.DecodedSeconds(audio, 'a'), 2.9, 3.15);
        var lastSecond = MediaMeasure.BandVolume(audio, 1000, fromSeconds: 2);
        output.WriteLine($"1000 Hz in the last second: {lastSecond} dB");
        Assert.True(lastSecond > -30);
    }

    [Fact]
    public async Task A_sound_deleted_since_the_post_fails_the_edit()
    {
        _harness.Clip("originals/d.mp4", 1);

        var outcome = await _harness.EncodeAsync("d", "originals/d.mp4", new VideoEdit { SoundPath = "sounds/gone.m4a", SoundMode = "replace" });

        Assert.Equal("edit", outcome.FailureRule);
        Assert.False(_harness.Media.Exists("videos/d"));
    }

    private async Task<string> EncodeAsync(string id, string key, VideoEdit edit) =>
        _harness.Media.LocalPath((await EncodeDoneAsync(id, key, edit)).AudioPath!);

    private async Task<VideoTranscoded> EncodeDoneAsync(string id, string key, VideoEdit edit)
    {
        var outcome = await _harness.EncodeAsync(id, key, edit);
        Assert.True(outcome.Transcoded is not null, outcome.FailureMessage);
        return outcome.Transcoded;
    }

    private double Band(string path, int frequency)
    {
        var volume = MediaMeasure.BandVolume(path, frequency);
        output.WriteLine($"{Path.GetFileName(path)} {frequency} Hz: {volume} dB");
        return volume;
    }

    public void Dispose() => _harness.Dispose();
}
