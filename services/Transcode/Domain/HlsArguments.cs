using System.Globalization;
using System.Text;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The ffmpeg arguments that encode every rendition in one pass: the source is decoded once,
/// split, scaled per rung, and written as HLS with a master playlist. Key frames fall on segment
/// boundaries so every rendition switches cleanly.
/// </summary>
public static class HlsArguments
{
    public static string Build(IReadOnlyList<RenditionPlan> ladder, bool hasAudio, string outputFolder, int segmentSeconds, string preset)
    {
        var inv = CultureInfo.InvariantCulture;
        var args = new StringBuilder();
        args.Append("-filter_complex \"[0:v]split=").Append(ladder.Count);
        for (var i = 0; i < ladder.Count; i++) args.Append(inv, $"[s{i}]");
        for (var i = 0; i < ladder.Count; i++)
        {
            args.Append(inv, $";[s{i}]scale={ladder[i].Width}:{ladder[i].Height}:flags=bicubic,setsar=1,format=yuv420p[v{i}]");
        }
        args.Append("\" ");
        for (var i = 0; i < ladder.Count; i++)
        {
            var r = ladder[i];
            args.Append(inv, $"-map [v{i}] -c:v:{i} libx264 -preset {preset} -profile:v:{i} high -b:v:{i} {r.VideoKbps}k -maxrate:v:{i} {r.MaxKbps}k -bufsize:v:{i} {r.BufferKbps}k ");
            if (hasAudio) args.Append(inv, $"-map 0:a:0 -c:a:{i} aac -b:a:{i} {r.AudioKbps}k -ac:a:{i} 2 ");
        }
        args.Append(inv, $"-force_key_frames \"expr:gte(t,n_forced*{segmentSeconds})\" -sc_threshold 0 ");
        args.Append(inv, $"-f hls -hls_time {segmentSeconds} -hls_playlist_type vod -hls_flags independent_segments ");
        args.Append("-master_pl_name master.m3u8 ");
        args.Append(inv, $"-hls_segment_filename \"{outputFolder}/%v/seg_%03d.ts\" ");
        var streams = ladder.Select((r, i) => hasAudio ? $"v:{i},a:{i},name:{r.Name}" : $"v:{i},name:{r.Name}");
        args.Append("-var_stream_map \"").Append(string.Join(' ', streams)).Append('"');
        return args.ToString();
    }

    /// <summary>Where ffmpeg writes each rendition's playlist; <c>%v</c> is the rendition's name.</summary>
    public static string OutputPattern(string outputFolder) => $"{outputFolder}/%v/index.m3u8";
}
