using ShortVideo.Contracts;

namespace ShortVideo.Transcode.Tests;

public sealed class EditedLengthTests : IDisposable
{
    private readonly EncoderHarness _harness = new(new TranscodeOptions { Preset = "ultrafast", MaxDurationSeconds = 3 });

    [Fact]
    public async Task An_edit_that_would_make_the_video_longer_than_the_limit_is_rejected_and_leaves_nothing()
    {
        _harness.Clip("originals/slow.mp4", 2);
        var slowMotion = new VideoEdit { TemplateId = "slow-motion", TemplateParameters = new Dictionary<string, string> { ["factor"] = "0.5" } };

        var outcome = await _harness.EncodeAsync("slow", "originals/slow.mp4", slowMotion);

        Assert.Null(outcome.Transcoded);
        Assert.StartsWith("duration: the edited video would be 4 s long", outcome.FailureMessage);
        Assert.False(_harness.Media.Exists("videos/slow"));
    }

    [Fact]
    public async Task The_same_clip_without_the_edit_is_within_the_limit()
    {
        _harness.Clip("originals/plain.mp4", 2);

        var outcome = await _harness.EncodeAsync("plain", "originals/plain.mp4", null);

        Assert.NotNull(outcome.Transcoded);
    }

    public void Dispose() => _harness.Dispose();
}
