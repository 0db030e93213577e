using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode;
using ShortVideo.Transcode.Domain;
using ShortVideo.Transcode.Encoding;

namespace ShortVideo.Benchmarks;

/// <summary>
/// Our whole transcode (probe, rules, one ffmpeg pass with ladder, poster, preview, sound and
/// loudness, atomic publish) against one hand-written ffmpeg command that makes the same HLS
/// ladder and nothing else, alternating in the same run so both see the same machine.
/// </summary>
internal static class TranscodeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Shell.Option(args, "--runs", 3);
        var seconds = Shell.Option(args, "--seconds", 15);
        var root = Directory.CreateTempSubdirectory("shortvideo-bench-transcode-").FullName;
        try
        {
            var media = new FolderMediaStore(root);
            var source = media.LocalPath("originals/source.mp4");
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            Console.WriteLine($"Making a {seconds} s 1080x1920 clip with sound...");
            Shell.Run("ffmpeg", $"-loglevel error -y -f lavfi -i testsrc2=size=1080x1920:rate=30 -f lavfi -i sine=frequency=440 -t {seconds} -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -movflags +faststart \"{source}\"");

            var options = new TranscodeOptions();
            var encoder = new HlsEncoder(media, Options.Create(options), NullLogger<HlsEncoder>.Instance);
            var ours = new List<double>();
            var raw = new List<double>();
            var oursCpu = new List<double>();
            var rawCpu = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var id = $"bench{run}";
                var cpu0 = Shell.ChildCpuSeconds();
                var pipeline = await Shell.TimeAsync(async () =>
                {
                    var outcome = await encoder.EncodeAsync(Uploaded(id), null, CancellationToken.None);
                    if (outcome.Transcoded is null) throw new InvalidOperationException(outcome.FailureReason);
                });
                var cpu1 = Shell.ChildCpuSeconds();
                var plain = Shell.Time(() => RawLadder(source, Path.Combine(root, $"raw{run}"), options));
                var cpu2 = Shell.ChildCpuSeconds();
                ours.Add(pipeline.TotalSeconds);
                raw.Add(plain.TotalSeconds);
                oursCpu.Add(cpu1 - cpu0);
                rawCpu.Add(cpu2 - cpu1);
                Console.WriteLine($"run {run}: pipeline {pipeline.TotalSeconds:0.00} s wall / {cpu1 - cpu0:0.0} s CPU, raw ffmpeg {plain.TotalSeconds:0.00} s wall / {cpu2 - cpu1:0.0} s CPU, wall ratio {pipeline / plain:0.000}, CPU ratio {(cpu1 - cpu0) / (cpu2 - cpu1):0.000}");
            }
            var ratio = Shell.Median(ours) / Shell.Median(raw);
            Console.WriteLine($"median: pipeline {Shell.Median(ours):0.00} s, raw ffmpeg {Shell.Median(raw):0.00} s, wall ratio {ratio:0.000} (target <= 1.15)");
            Console.WriteLine($"median CPU: pipeline {Shell.Median(oursCpu):0.0} s, raw ffmpeg {Shell.Median(rawCpu):0.0} s, CPU ratio {Shell.Median(oursCpu) / Shell.Median(rawCpu):0.000}");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static VideoUploaded Uploaded(string id) =>
        new(id, new CreatorInfo("bench", "bench", "Bench"), "", [], "originals/source.mp4", DateTimeOffset.UtcNow);

    /// <summary>What a person would type: the same rungs, bit rates, preset and segments, as HLS with a master playlist.</summary>
    private static void RawLadder(string source, string folder, TranscodeOptions options)
    {
        Directory.CreateDirectory(folder);
        var ladder = TranscodePlan.For(1080, 1920);
        var split = string.Concat(ladder.Select((_, i) => $"[s{i}]"));
        var scales = string.Concat(ladder.Select((r, i) => $";[s{i}]scale={r.Width}:{r.Height}[v{i}]"));
        var maps = string.Concat(ladder.Select((r, i) =>
            $"-map [v{i}] -map 0:a:0 -c:v:{i} libx264 -preset {options.Preset} -b:v:{i} {r.VideoKbps}k -maxrate:v:{i} {r.MaxKbps}k -bufsize:v:{i} {r.BufferKbps}k -c:a:{i} aac -b:a:{i} {r.AudioKbps}k "));
        var streams = string.Join(' ', ladder.Select((r, i) => $"v:{i},a:{i},name:{r.Name}"));
        Shell.Run("ffmpeg", $"-loglevel error -y -i \"{source}\" -filter_complex \"[0:v]split={ladder.Count}{split}{scales}\" {maps}"
            + $"-force_key_frames \"expr:gte(t,n_forced*{options.SegmentSeconds})\" -f hls -hls_time {options.SegmentSeconds} -hls_playlist_type vod "
            + $"-master_pl_name master.m3u8 -hls_segment_filename \"{folder}/%v/seg_%03d.ts\" -var_stream_map \"{streams}\" \"{folder}/%v/index.m3u8\"");
    }
}
