using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class SourceRulesTests
{
    private const string Mp4 = "mov,mp4,m4a,3gp,3g2,mj2";
    private static readonly TranscodeOptions Limits = new();
    private static readonly SourceFacts Phone = new(Mp4, true, "h264", 1080, 1920, 0, 30, TimeSpan.FromSeconds(15), "aac");

    private static RuleViolation? Judge(SourceFacts source, TranscodeOptions? limits = null) => SourceRules.FirstBroken(source, limits ?? Limits);

    private static void AssertBroken(SourceFacts source, string rule, string reason, TranscodeOptions? limits = null)
    {
        var broken = Assert.IsType<RuleViolation>(Judge(source, limits));
        Assert.Equal(rule, broken.Rule);
        Assert.Contains(reason, broken.Reason);
    }

    [Fact]
    public void A_phone_clip_breaks_no_rule() => Assert.Null(Judge(Phone));

    [Theory]
    [InlineData("matroska,webm", "vp9", "opus")]
    [InlineData(Mp4, "hevc", "ac3")]
    [InlineData(Mp4, "av1", null)]
    [InlineData(Mp4, "mpeg4", "pcm_s16le")]
    public void Common_containers_and_codecs_are_accepted(string container, string video, string? audio) =>
        Assert.Null(Judge(Phone with { Container = container, VideoCodec = video, AudioCodec = audio }));

    [Fact]
    public void A_sound_file_has_only_sound() =>
        AssertBroken(Phone with { HasVideo = false, VideoCodec = null, Width = 0, Height = 0 }, "video-stream", "only sound, no video");

    [Fact]
    public void A_file_with_neither_has_no_video_stream() =>
        AssertBroken(Phone with { HasVideo = false, VideoCodec = null, AudioCodec = null }, "video-stream", "no video stream");

    [Theory]
    [InlineData("png")]
    [InlineData("mjpeg")]
    [InlineData("gif")]
    public void An_image_is_not_a_video_even_in_an_allowed_container(string codec) =>
        AssertBroken(Phone with { VideoCodec = codec, Duration = TimeSpan.Zero }, "video-stream", $"still image ({codec})");

    [Fact]
    public void A_stream_without_a_picture_size_is_rejected() => AssertBroken(Phone with { Width = 0 }, "video-stream", "no picture size");

    [Fact]
    public void An_AVI_file_is_not_an_accepted_container() => AssertBroken(Phone with { Container = "avi" }, "container", "'avi' files are not accepted");

    [Fact]
    public void Naming_one_alias_of_a_demuxer_allows_it() =>
        Assert.Null(Judge(Phone with { Container = "matroska,webm" }, new TranscodeOptions { AllowedContainers = "webm" }));

    [Fact]
    public void A_ProRes_video_is_not_an_accepted_codec() => AssertBroken(Phone with { VideoCodec = "prores" }, "video-codec", "'prores'");

    [Fact]
    public void The_codec_list_can_be_narrowed_by_configuration() =>
        AssertBroken(Phone with { VideoCodec = "hevc" }, "video-codec", "'hevc'", new TranscodeOptions { AllowedVideoCodecs = "h264" });

    [Fact]
    public void WMA_sound_is_not_an_accepted_codec() => AssertBroken(Phone with { AudioCodec = "wmav2" }, "audio-codec", "'wmav2'");

    [Fact]
    public void A_frame_under_144_on_its_short_side_is_too_small() =>
        AssertBroken(Phone with { Width = 100, Height = 180 }, "resolution", "100x180; its short side must be at least 144 px");

    [Theory]
    [InlineData(2160, 3840)]
    [InlineData(3840, 2160)]
    [InlineData(144, 256)]
    public void Sizes_from_144p_to_4K_either_way_up_are_accepted(int width, int height) =>
        Assert.Null(Judge(Phone with { Width = width, Height = height }));

    [Theory]
    [InlineData(2400, 2400)]
    [InlineData(2160, 4320)]
    public void Past_2160_on_the_short_side_or_4096_on_the_long_side_is_too_large(int width, int height) =>
        AssertBroken(Phone with { Width = width, Height = height }, "resolution", "the limit is 2160 px on the short side and 4096 px on the long side");

    [Fact]
    public void Sizes_are_judged_as_displayed_after_rotation() =>
        AssertBroken(Phone with { Width = 180, Height = 100, Rotation = -90 }, "resolution", "100x180");

    [Fact]
    public void Slow_motion_at_240_fps_is_over_the_frame_rate_limit() =>
        AssertBroken(Phone with { FramesPerSecond = 240 }, "frame-rate", "240 frames per second; the limit is 120");

    [Fact]
    public void An_unknown_frame_rate_is_let_through() => Assert.Null(Judge(Phone with { FramesPerSecond = 0 }));

    [Fact]
    public void Eleven_minutes_is_over_the_ten_minute_limit() =>
        AssertBroken(Phone with { Duration = TimeSpan.FromMinutes(11) }, "duration", "the video is 11 min long; the limit is 10 min");

    [Fact]
    public void A_fraction_of_a_second_over_the_limit_never_reads_as_the_limit() =>
        AssertBroken(Phone with { Duration = TimeSpan.FromSeconds(600.2) }, "duration", "the video is 10 min 1 s long");

    [Fact]
    public void Exactly_the_limit_is_accepted() => Assert.Null(Judge(Phone with { Duration = TimeSpan.FromMinutes(10) }));

    [Fact]
    public void A_blink_is_too_short() =>
        AssertBroken(Phone with { Duration = TimeSpan.FromSeconds(0.04) }, "duration", "the video is 0.04 s long; the minimum is 0.5 s");

    [Fact]
    public void The_first_broken_rule_is_reported() =>
        AssertBroken(Phone with { Container = "avi", VideoCodec = "prores", Duration = TimeSpan.FromHours(1) }, "container", "avi");

    [Fact]
    public void The_violation_reads_with_its_rule_first() =>
        Assert.Equal("duration: the video is 11 min long; the limit is 10 min", Judge(Phone with { Duration = TimeSpan.FromMinutes(11) })!.ToString());

    [Theory]
    [InlineData(0.35, "0.35 s")]
    [InlineData(42, "42 s")]
    [InlineData(600, "10 min")]
    [InlineData(601, "10 min 1 s")]
    public void Durations_read_as_a_creator_would_say_them(double seconds, string expected) =>
        Assert.Equal(expected, HumanDuration.Format(TimeSpan.FromSeconds(seconds)));
}
