using System.Globalization;
using ShortVideo.Contracts;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The first stage of the filter graph when the creator asked for an edit: it takes the upload
/// (input 0) and any extra inputs (a sound, the original of a duet or stitch) and ends in
/// <see cref="VideoLabel"/> and <see cref="AudioLabel"/>, which the ladder, poster, preview and
/// sound then read exactly as they would read a plain upload.
/// </summary>
public sealed record EditStage(IReadOnlyList<string> Inputs, string Filter, int Width, int Height, TimeSpan Duration, bool HasAudio)
{
    public const string VideoLabel = "[ev]";
    public const string AudioLabel = "[ea]";
    public const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The media an edit reads besides the upload, already resolved to local files.</summary>
    public sealed record Sources(string? SoundFile, SourceFacts? Sound, string? OriginalFile, SourceFacts? Original, string? TextFile);

    public static EditStage For(VideoEdit edit, SourceFacts upload, Sources sources)
    {
        var (width, height) = upload.Displayed;
        if (edit.DuetOfPath is not null) return Duet(upload, sources.OriginalFile!, sources.Original!);
        if (edit.StitchOfPath is not null) return Stitch(upload, sources.OriginalFile!, sources.Original!, edit.StitchStartMs ?? 0, edit.StitchEndMs ?? 0);
        var stage = edit.TemplateId is { } id
            ? Templates.Apply(id, edit.TemplateParameters ?? new Dictionary<string, string>(), upload, sources.TextFile)
            : new EditStage([], $"[0:v:0]null{VideoLabel}" + (upload.HasAudio ? $";[0:a:0]anull{AudioLabel}" : ""), width, height, upload.Duration, upload.HasAudio);
        return edit.SoundPath is null ? stage : WithSound(stage, edit.SoundMode ?? "replace", sources.SoundFile!);
    }

    /// <summary>
    /// Puts a sound on the clip: in place of its audio, or mixed under it at a third of the level so
    /// the voice stays on top. The sound loops if it is shorter than the clip and is cut where the clip ends.
    /// </summary>
    public static EditStage WithSound(EditStage stage, string mode, string soundFile)
    {
        var index = stage.Inputs.Count + 1;
        var seconds = Seconds(stage.Duration);
        var sound = $"[{index}:a:0]atrim=duration={seconds},asetpts=PTS-STARTPTS,aresample=48000,aformat=channel_layouts=stereo";
        var inputs = stage.Inputs.Append($"-stream_loop -1 -i \"{soundFile}\"").ToList();
        if (mode == "mix" && stage.HasAudio)
        {
            var filter = stage.Filter.Replace(AudioLabel, "[clip]", StringComparison.Ordinal)
                + $";{sound},volume=0.35[bed];[clip]aresample=48000,aformat=channel_layouts=stereo[voice];[voice][bed]amix=inputs=2:duration=first:normalize=0{AudioLabel}";
            return stage with { Inputs = inputs, Filter = filter };
        }
        var withoutAudio = string.Join(';', stage.Filter.Split(';').Where(part => !part.EndsWith(AudioLabel, StringComparison.Ordinal)));
        return stage with { Inputs = inputs, Filter = $"{withoutAudio};{sound}{AudioLabel}", HasAudio = true };
    }

    /// <summary>
    /// Side by side in one vertical 9:16 frame, the new clip on the left and the original on the
    /// right, each cropped to fill its half; the original loops if shorter, and its sound is mixed in.
    /// </summary>
    public static EditStage Duet(SourceFacts upload, string originalFile, SourceFacts original)
    {
        var width = Math.Clamp(Even4(Math.Min(upload.Displayed.Width, upload.Displayed.Height)), 360, 1080);
        var height = Even(width * 16 / 9);
        var half = width / 2;
        var seconds = Seconds(upload.Duration);
        var fill = $"scale={half}:{height}:force_original_aspect_ratio=increase,crop={half}:{height},setsar=1,fps=30,format=yuv420p";
        var video = $"[0:v:0]{fill}[left];[1:v:0]{fill}[right];[left][right]hstack=inputs=2:shortest=1,trim=duration={seconds}{VideoLabel}";
        var audio = (upload.HasAudio, original.HasAudio) switch
        {
            (true, true) => $";[0:a:0]{Stereo}[mine];[1:a:0]{Stereo},atrim=duration={seconds}[theirs];[mine][theirs]amix=inputs=2:duration=first:normalize=0{AudioLabel}",
            (true, false) => $";[0:a:0]{Stereo}{AudioLabel}",
            (false, true) => $";[1:a:0]{Stereo},atrim=duration={seconds}{AudioLabel}",
            _ => "",
        };
        return new EditStage([$"-stream_loop -1 -i \"{originalFile}\""], video + audio, width, height, upload.Duration, upload.HasAudio || original.HasAudio);
    }

    /// <summary>The chosen part of the original, then the new clip, both fitted to the new clip's frame.</summary>
    public static EditStage Stitch(SourceFacts upload, string originalFile, SourceFacts original, int startMs, int endMs)
    {
        var (width, height) = (Even(upload.Displayed.Width), Even(upload.Displayed.Height));
        var part = TimeSpan.FromMilliseconds(endMs - startMs);
        var fit = $"scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=30,format=yuv420p";
        var input = $"-ss {Seconds(TimeSpan.FromMilliseconds(startMs))} -t {Seconds(part)} -i \"{originalFile}\"";
        var filter = $"[1:v:0]{fit}[v1];[0:v:0]{fit}[v2];"
            + AudioOrSilence(1, original.HasAudio, part, "a1") + ";" + AudioOrSilence(0, upload.HasAudio, upload.Duration, "a2")
            + $";[v1][a1][v2][a2]concat=n=2:v=1:a=1{VideoLabel}{AudioLabel}";
        return new EditStage([input], filter, width, height, part + upload.Duration, true);
    }

    internal const string Stereo = "aresample=48000,aformat=channel_layouts=stereo";

    internal static string AudioOrSilence(int input, bool hasAudio, TimeSpan duration, string label) => hasAudio
        ? $"[{input}:a:0]{Stereo},apad,atrim=duration={Seconds(duration)}[{label}]"
        : $"anullsrc=r=48000:cl=stereo,atrim=duration={Seconds(duration)}[{label}]";

    internal static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", Inv);

    internal static int Even(int value) => Math.Max(2, value - value % 2);

    private static int Even4(int value) => Math.Max(4, value - value % 4);
}
