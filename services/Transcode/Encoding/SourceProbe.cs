using FFMpegCore;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>Reduces ffprobe's analysis to the facts <see cref="SourceRules"/> judges.</summary>
public static class SourceProbe
{
    public static SourceFacts Facts(IMediaAnalysis probe)
    {
        // A cover picture in a music file is a "video" stream to ffprobe, but nothing in it moves.
        var video = probe.VideoStreams.FirstOrDefault(s => s.Disposition?.GetValueOrDefault("attached_pic") != true);
        // The average rate is the honest one for variable-rate phone clips; r_frame_rate is a timebase guess.
        var fps = video is null ? 0 : video.AverageFrameRate > 0 ? video.AverageFrameRate : video.RealFrameRate;
        return new SourceFacts(
            probe.Format.FormatName ?? "",
            video is not null,
            video?.CodecName,
            video?.Width ?? 0,
            video?.Height ?? 0,
            video?.Rotation ?? 0,
            double.IsFinite(fps) ? fps : 0,
            probe.Duration,
            probe.PrimaryAudioStream?.CodecName);
    }
}
