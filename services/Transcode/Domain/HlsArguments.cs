using System.Globalization;
using System.Text;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The ffmpeg output options that write every rendition as HLS with a master playlist, reading
/// the filter graph's <c>[v{i}]</c> and <c>[a{i}]</c> (see <see cref="EncodePlan"/>). Key frames
/// fall on segment boundaries so every rendition switches cleanly.
/// </summary>
public static class HlsArguments
{
    public static string Build(IReadOnlyList<RenditionPlan> ladder, bool hasAudio, string outputFolder, int segmentSeconds, string preset)
    {
        var inv = CultureInfo.InvariantCulture;
        var args = new StringBuilder();
        for (var i = 0; i < ladder.Count; i++)
        {
            var r = ladder[i];
            args.Append(inv, $"-map [v{i}] -c:v:{i} libx264 -preset {preset} -profile:v:{i} high -b:v:{i} {r.VideoKbps}k -maxrate:v:{i} {r.MaxKbps}k -bufsize:v:{i} {r.BufferKbps}k ");
            if (hasAudio) args.Append(inv, $"-map [a{i}] -c:a:{i} aac -b:a:{i} {r.AudioKbps}k ");
        }
        args.Append(inv, $"-force_key_frames \"expr:gte(t,n_forced*{segmentSeconds})\" -sc_threshold 0 ");
        args.Append(inv, $"-f hls -hls_time {segmentSeconds} -hls_playlist_type vod -hls_flags independent_segments ");
        args.Append("-master_pl_name ").Append(EncodePlan.MasterFile).Append(' ');
        args.Append(inv, $"-hls_segment_filename \"{outputFolder}/%v/seg_%03d.ts\" ");
        var streams = ladder.Select((r, i) => hasAudio ? $"v:{i},a:{i},name:{r.Name}" : $"v:{i},name:{r.Name}");
        args.Append("-var_stream_map \"").Append(string.Join(' ', streams)).Append('"');
        return args.ToString();
    }

    /// <summary>Where ffmpeg writes each rendition's playlist; <c>%v</c> is the rendition's name.</summary>
    public static string OutputPattern(string outputFolder) => $"{outputFolder}/%v/index.m3u8";
}
