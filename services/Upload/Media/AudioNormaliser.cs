using FFMpegCore;

namespace ShortVideo.Upload.Media;

/// <summary>
/// Checks an uploaded sound and turns it into the one format every player and the transcoder
/// take: AAC at 48 kHz, loudness-normalised to -14 LUFS (EBU R128). The whole file is decoded on
/// the way, so corruption that ffprobe misses (ffmpeg exits 0 but prints errors) is caught.
/// </summary>
public sealed class AudioNormaliser
{
    public static readonly string[] AllowedCodecs = ["mp3", "aac", "alac", "vorbis", "opus", "flac", "pcm_s16le", "pcm_s24le", "pcm_f32le", "pcm_u8"];
    private static readonly string[] CoverArtCodecs = ["mjpeg", "png", "bmp"];

    public sealed record Outcome(int DurationMs, string? Rule, string? Problem);

    public async Task<Outcome> NormaliseAsync(string input, string output, TimeSpan maxDuration, CancellationToken cancellationToken)
    {
        IMediaAnalysis probe;
        try
        {
            probe = await FFProbe.AnalyseAsync(input, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new(0, "probe", "The file could not be read as audio.");
        }
        if (probe.PrimaryAudioStream is not { } audio) return new(0, "audio-stream", "The file has no audio stream.");
        if (probe.VideoStreams.Any(v => !CoverArtCodecs.Contains(v.CodecName))) return new(0, "video-stream", "A sound is audio only; this file holds video.");
        if (!AllowedCodecs.Contains(audio.CodecName)) return new(0, "codec", $"The audio codec '{audio.CodecName}' is not accepted.");
        if (probe.Duration < TimeSpan.FromSeconds(1)) return new(0, "duration", "A sound is at least 1 second long.");
        if (probe.Duration > maxDuration) return new(0, "duration", $"A sound is at most {maxDuration.TotalMinutes:0} minutes long.");

        var errors = new List<string>();
        try
        {
            await FFMpegArguments.FromFileInput(input)
                .OutputToFile(output, overwrite: true, o => o.WithCustomArgument(
                    "-v error -nostats -map 0:a:0 -vn -af loudnorm=I=-14:TP=-1.5:LRA=11 -ar 48000 -ac 2 -c:a aac -b:a 160k -f mp4 -movflags +faststart"))
                .NotifyOnStandardError(line => { if (!string.IsNullOrWhiteSpace(line)) errors.Add(line); })
                .CancellableThrough(cancellationToken)
                .ProcessAsynchronously(throwOnError: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            errors.Add(ex.Message.Split('\n')[0]);
        }
        return errors.Count > 0
            ? new(0, "decode", "The audio is damaged and could not be decoded: " + errors[0].Trim())
            : new((int)probe.Duration.TotalMilliseconds, null, null);
    }
}
