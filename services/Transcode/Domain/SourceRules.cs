namespace ShortVideo.Transcode.Domain;

/// <summary>
/// Judges an upload before any encoding: the first rule it breaks, or null. Cheap checks on what
/// ffprobe read; whether the file decodes to its end is found while encoding (see <see cref="DecodeErrors"/>).
/// </summary>
public static class SourceRules
{
    // Image codecs ffmpeg happily presents as a one-frame "video".
    private static readonly HashSet<string> ImageCodecs = ["mjpeg", "png", "apng", "bmp", "gif", "webp", "tiff", "jpeg2000", "jpegls"];

    public static RuleViolation? FirstBroken(SourceFacts source, TranscodeOptions limits) =>
        VideoStream(source)
        ?? Container(source, limits)
        ?? Codecs(source, limits)
        ?? Resolution(source, limits)
        ?? FrameRate(source, limits)
        ?? Duration(source, limits);

    private static RuleViolation? VideoStream(SourceFacts source)
    {
        if (!source.HasVideo)
        {
            return new("video-stream", source.HasAudio ? "the file has only sound, no video" : "the file has no video stream");
        }
        if (source.VideoCodec is { } codec && ImageCodecs.Contains(codec))
        {
            return new("video-stream", $"the file is a still image ({codec}), not a video");
        }
        return source.Width <= 0 || source.Height <= 0 ? new("video-stream", "the video stream has no picture size") : null;
    }

    private static RuleViolation? Container(SourceFacts source, TranscodeOptions limits)
    {
        // A demuxer's name lists its aliases ("matroska,webm"); naming any of them allows it.
        var allowed = Names(limits.AllowedContainers);
        return source.Container.Split(',').Any(allowed.Contains)
            ? null
            : new("container", $"'{source.Container}' files are not accepted; upload an MP4, MOV or WebM");
    }

    private static RuleViolation? Codecs(SourceFacts source, TranscodeOptions limits)
    {
        if (!Names(limits.AllowedVideoCodecs).Contains(source.VideoCodec ?? ""))
        {
            return new("video-codec", $"video encoded as '{source.VideoCodec}' is not accepted; use H.264, HEVC, VP9 or AV1");
        }
        if (source.AudioCodec is { } audio && !Names(limits.AllowedAudioCodecs).Contains(audio))
        {
            return new("audio-codec", $"sound encoded as '{audio}' is not accepted; use AAC, MP3 or Opus");
        }
        return null;
    }

    private static RuleViolation? Resolution(SourceFacts source, TranscodeOptions limits)
    {
        var (width, height) = source.Displayed;
        var (shortSide, longSide) = (Math.Min(width, height), Math.Max(width, height));
        if (shortSide < limits.MinShortSide)
        {
            return new("resolution", $"the video is {width}x{height}; its short side must be at least {limits.MinShortSide} px");
        }
        if (shortSide > limits.MaxShortSide || longSide > limits.MaxLongSide)
        {
            return new("resolution", $"the video is {width}x{height}; the limit is {limits.MaxShortSide} px on the short side and {limits.MaxLongSide} px on the long side");
        }
        return null;
    }

    // An unknown rate (0) is let through: variable-rate phone clips sometimes report none.
    private static RuleViolation? FrameRate(SourceFacts source, TranscodeOptions limits) =>
        source.FramesPerSecond > limits.MaxFrameRate
            ? new("frame-rate", FormattableString.Invariant($"the video has {source.FramesPerSecond:0.##} frames per second; the limit is {limits.MaxFrameRate:0.##}"))
            : null;

    private static RuleViolation? Duration(SourceFacts source, TranscodeOptions limits)
    {
        var (min, max) = (TimeSpan.FromSeconds(limits.MinDurationSeconds), TimeSpan.FromSeconds(limits.MaxDurationSeconds));
        var length = HumanDuration.Format(source.Duration);
        if (source.Duration > max) return new("duration", $"the video is {length} long; the limit is {HumanDuration.Format(max)}");
        if (source.Duration < min) return new("duration", $"the video is {length} long; the minimum is {HumanDuration.Format(min)}");
        return null;
    }

    private static HashSet<string> Names(string list) =>
        new(list.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
