using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class ProgressThrottleTests
{
    private readonly ProgressThrottle _throttle = new(TimeSpan.FromSeconds(1), 0.05);

    private double? At(double seconds, double progress) => _throttle.Next(progress, TimeSpan.FromSeconds(seconds));

    [Fact]
    public void The_first_report_goes_out_at_once() => Assert.Equal(0, At(0, 0));

    [Fact]
    public void A_big_step_within_a_second_waits()
    {
        At(0, 0);
        Assert.Null(At(0.5, 0.5));
        Assert.Equal(0.5, At(1.0, 0.5));
    }

    [Fact]
    public void A_small_step_after_a_second_waits_for_five_percent()
    {
        At(0, 0.10);
        Assert.Null(At(2, 0.12));
        Assert.Null(At(3, 0.149));
        Assert.Equal(0.15, At(4, 0.15));
    }

    [Fact]
    public void Progress_never_goes_back()
    {
        At(0, 0.5);
        Assert.Null(At(5, 0.3));
        Assert.Null(At(6, 0.5));
    }

    [Fact]
    public void Done_is_left_to_the_outcome_so_progress_stops_at_099()
    {
        At(0, 0.97);
        Assert.Equal(0.99, At(1, 1.0));
        Assert.Null(At(5, 1.0));
    }

    [Fact]
    public void Nonsense_from_ffmpeg_is_ignored_or_clamped()
    {
        Assert.Null(At(0, double.NaN));
        Assert.Equal(0, At(0, -0.2));
        Assert.Equal(0.99, At(1, double.PositiveInfinity));
    }

    [Fact]
    public void A_long_encode_sends_about_twenty_events_however_often_ffmpeg_reports()
    {
        var sent = Enumerable.Range(0, 3000).Select(i => At(i * 0.1, i / 3000.0)).Count(v => v is not null);
        Assert.InRange(sent, 19, 21);
    }

    [Fact]
    public void A_fast_encode_sends_at_most_one_a_second()
    {
        var sent = Enumerable.Range(0, 100).Select(i => At(i * 0.03, i / 100.0)).Count(v => v is not null);
        Assert.InRange(sent, 3, 4);
    }
}
