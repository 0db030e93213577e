using ShortVideo.Contracts;
using Xunit.Abstractions;

namespace ShortVideo.Transcode.Tests;

/// <summary>Each one-tap template, encoded for real, as the upload service hands it over (parameters checked and normalised).</summary>
public sealed class EditTemplateTests(ITestOutputHelper output) : IDisposable
{
    private readonly EncoderHarness _harness = new();

    [Fact]
    public async Task A_caption_with_quotes_colons_and_a_percent_sign_is_drawn_over_the_clip()
    {
        _harness.Clip("originals/c.mp4", 1, picture: "color=c=blue:size=360x640:rate=30");

        var done = await EncodeAsync("c", "originals/c.mp4", Template("caption-overlay", ("text", "It's 100% \"fun\": yes; [ok] \\n"), ("position", "bottom")));

        AssertPlays(done, 1, 1);
        var poster = _harness.Media.LocalPath(done.PosterPath);
        var (text, sky) = (MediaMeasure.BrightestLuma(poster, 0.6, 0.85), MediaMeasure.BrightestLuma(poster, 0.1, 0.4));
        output.WriteLine($"brightest luma where the caption sits: {text}, above it: {sky}");
        Assert.True(text > 200 && sky < 80);
    }

    [Theory]
    [InlineData("360x640")]
    [InlineData("640x360")]
    public async Task The_longest_caption_is_wrapped_inside_the_frame(string size)
    {
        _harness.Clip("originals/l.mp4", 1, picture: $"color=c=blue:size={size}:rate=30");
        var text = "Eighty characters of caption, which on one line would run far off both edges, ok";

        var done = await EncodeAsync("l", "originals/l.mp4", Template("caption-overlay", ("text", text), ("position", "bottom")));

        var poster = _harness.Media.LocalPath(done.PosterPath);
        var (middle, leftEdge, rightEdge) = (MediaMeasure.BrightestLuma(poster, 0.5, 0.85, 0.3, 0.7),
            MediaMeasure.BrightestLuma(poster, 0.5, 0.85, 0, 0.04), MediaMeasure.BrightestLuma(poster, 0.5, 0.85, 0.96, 1));
        output.WriteLine($"brightest luma in the caption's middle: {middle}, at its left edge: {leftEdge}, right edge: {rightEdge}");
        Assert.True(middle > 200 && leftEdge < 80 && rightEdge < 80);
        // The lines stay below the frame's top fifth, so none is cut off above.
        Assert.True(MediaMeasure.BrightestLuma(poster, 0, 0.2) < 80);
    }

    [Fact]
    public async Task Slow_motion_stretches_picture_and_sound_and_progress_follows_the_longer_output()
    {
        _harness.Clip("originals/s.mp4", 1);
        var reports = new List<double>();

        var done = await EncodeAsync("s", "originals/s.mp4", Template("slow-motion", ("factor", "0.5")), new Recorder(reports));

        AssertPlays(done, 2, 1);
        Assert.InRange(MediaMeasure.DecodedSeconds(_harness.Media.LocalPath(done.AudioPath!), 'a'), 1.9, 2.15);
        Assert.InRange(reports.Max(), 0.9, 1.01);
    }

    [Fact]
    public async Task A_speed_ramp_plays_the_second_half_faster_in_every_rendition()
    {
        _harness.Clip("originals/r.mp4", 2, picture: "testsrc2=size=480x854:rate=30");

        var done = await EncodeAsync("r", "originals/r.mp4", Template("speed-ramp", ("speed", "4")));

        Assert.Equal([(480, 854), (360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        AssertPlays(done, 1.25, 2);
    }

    [Theory]
    [InlineData("side-by-side")]
    [InlineData("stacked")]
    public async Task A_mirror_split_keeps_the_clips_frame(string layout)
    {
        _harness.Clip("originals/m.mp4", 1, sound: null);

        var done = await EncodeAsync("m", "originals/m.mp4", Template("mirror-split", ("layout", layout)));

        Assert.Equal([(360, 640)], done.Renditions.Select(r => (r.Width, r.Height)));
        Assert.Null(done.AudioPath);
        Assert.InRange(MediaMeasure.DecodedSeconds(_harness.Media.LocalPath(done.Renditions[0].PlaylistPath), 'v'), 0.9, 1.1);
    }

    [Fact]
    public async Task A_beat_cut_plays_on_its_sound()
    {
        _harness.Clip("originals/b.mp4", 2);
        _harness.Sound("sounds/beat.m4a", 4, 1000);
        var edit = Template("beat-cut", ("bpm", "120")) with { SoundPath = "sounds/beat.m4a", SoundMode = "replace" };

        var done = await EncodeAsync("b", "originals/b.mp4", edit);

        AssertPlays(done, 2, 1);
        var audio = _harness.Media.LocalPath(done.AudioPath!);
        Assert.True(MediaMeasure.BandVolume(audio, 1000) - MediaMeasure.BandVolume(audio, 440) > 15);
    }

    private static VideoEdit Template(string id, params (string Name, string Value)[] parameters) =>
        new() { TemplateId = id, TemplateParameters = parameters.ToDictionary(p => p.Name, p => p.Value) };

    private void AssertPlays(VideoTranscoded done, double seconds, int renditions)
    {
        Assert.Equal(renditions, done.Renditions.Count);
        Assert.Equal((360, 640), (done.Renditions[^1].Width, done.Renditions[^1].Height));
        var top = _harness.Media.LocalPath(done.Renditions[0].PlaylistPath);
        var (video, audio) = (MediaMeasure.DecodedSeconds(top, 'v'), MediaMeasure.DecodedSeconds(top, 'a'));
        output.WriteLine($"video {video} s, audio {audio} s, reported {done.DurationMs} ms");
        // Two frames either way.
        Assert.InRange(video, seconds - 0.07, seconds + 0.07);
        Assert.InRange(audio, seconds - 0.1, seconds + 0.15);
        Assert.InRange(done.DurationMs, seconds * 1000 - 100, seconds * 1000 + 100);
    }

    private async Task<VideoTranscoded> EncodeAsync(string id, string key, VideoEdit edit, IProgress<double>? progress = null)
    {
        var outcome = await _harness.EncodeAsync(id, key, edit, progress);
        Assert.True(outcome.Transcoded is not null, outcome.FailureMessage);
        return outcome.Transcoded;
    }

    public void Dispose() => _harness.Dispose();

    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
