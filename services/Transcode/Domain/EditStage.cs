using System.Globalization;
using ShortVideo.Contracts;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The first stage of the filter graph when the creator asked for an edit: it takes the upload
/// (input 0) and any extra inputs (a sound, the original of a duet or stitch) and ends in
/// <see cref="VideoLabel"/> and <see cref="AudioLabel"/>, which the ladder, poster, preview and
/// sound then read exactly as they would read a plain upload. Labels inside the stage start with
/// <c>e_</c>: the graph after it names its own <c>[v0]</c>, <c>[a1]</c>..., and a name used twice
/// is linked by the order ffmpeg happens to parse it in.
/// </summary>
public sealed record EditStage(IReadOnlyList<string> Inputs, string Filter, int Width, int Height, TimeSpan Duration, bool HasAudio)
{
    public const string VideoLabel = "[ev]";
    public const string AudioLabel = "[ea]";
    public const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    internal const string Stereo = "aresample=48000,aformat=channel_layouts=stereo";

    /// <summary>The rate of pictures that edits join (and so must share a time base) or retime.</summary>
    internal const string FrameRate = "fps=30";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Where the creator's own clip starts in the output: after the original's part in a stitch.</summary>
    public TimeSpan ClipStart { get; init; }

    /// <summary>The media an edit reads besides the upload, already resolved to local files.</summary>
    public sealed record Sources(string? SoundFile, SourceFacts? Sound, string? OriginalFile, SourceFacts? Original, string? TextFile);

    public static EditStage For(VideoEdit edit, SourceFacts upload, Sources sources)
    {
        var stage = edit switch
        {
            { DuetOfPath: not null } => Duet(upload, sources.OriginalFile!, sources.Original!),
            { StitchOfPath: not null } => Stitch(upload, sources.OriginalFile!, sources.Original!, edit.StitchStartMs ?? 0, edit.StitchEndMs ?? 0),
            { TemplateId: { } id } => Templates.Apply(id, edit.TemplateParameters ?? new Dictionary<string, string>(), upload, sources.TextFile),
            _ => Unchanged(upload, upload.Displayed.Width, upload.Displayed.Height, $"[0:v:0]null{VideoLabel}", upload.Duration),
        };
        // A stitch may carry a sound as well; the upload service refuses one only for a duet.
        return edit.SoundPath is null ? stage : WithSound(stage, edit.SoundMode ?? "replace", sources.SoundFile!);
    }

    /// <summary>
    /// Puts a sound on the clip: in place of its audio, or mixed under it at a third of the level so
    /// the voice stays on top. The sound loops if it is shorter than the clip and is cut where the clip ends.
    /// </summary>
    public static EditStage WithSound(EditStage stage, string mode, string soundFile)
    {
        var sound = $"[{stage.Inputs.Count + 1}:a:0]atrim=duration={Seconds(stage.Duration)},asetpts=PTS-STARTPTS,{Stereo}";
        var inputs = stage.Inputs.Append($"-stream_loop -1 -i \"{soundFile}\"").ToList();
        if (!stage.HasAudio) return stage with { Inputs = inputs, Filter = $"{stage.Filter};{sound}{AudioLabel}", HasAudio = true };
        // The clip's audio may come out of the filter that also makes the picture (a stitch's concat),
        // so it is renamed and mixed or discarded rather than cut out of the graph.
        var own = stage.Filter.Replace(AudioLabel, "[e_own]", StringComparison.Ordinal);
        var filter = mode == "mix"
            ? $"{own};{sound},volume=0.35[e_bed];[e_own]{Stereo}[e_voice];[e_voice][e_bed]amix=inputs=2:duration=longest:normalize=0{AudioLabel}"
            : $"{own};[e_own]anullsink;{sound}{AudioLabel}";
        return stage with { Inputs = inputs, Filter = filter };
    }

    /// <summary>
    /// Side by side in one vertical 9:16 frame, the new clip on the left and the original on the
    /// right, each cropped to fill its half; the original loops if shorter, and its sound is mixed in.
    /// </summary>
    public static EditStage Duet(SourceFacts upload, string originalFile, SourceFacts original)
    {
        // A multiple of 4, so that each half is even as 4:2:0 chroma needs.
        var width = Math.Clamp(Even4(Math.Min(upload.Displayed.Width, upload.Displayed.Height)), 360, 1080);
        var height = Even(width * 16 / 9);
        var seconds = Seconds(upload.Duration);
        var fill = $"scale={width / 2}:{height}:force_original_aspect_ratio=increase,crop={width / 2}:{height},setsar=1,{FrameRate},format=yuv420p";
        var video = $"[0:v:0]{fill}[e_left];[1:v:0]{fill}[e_right];[e_left][e_right]hstack=inputs=2:shortest=1,trim=duration={seconds}{VideoLabel}";
        var audio = (upload.HasAudio, original.HasAudio) switch
        {
            (true, true) => $";[0:a:0]{Stereo}[e_mine];[1:a:0]{Stereo},atrim=duration={seconds}[e_theirs];[e_mine][e_theirs]amix=inputs=2:duration=longest:normalize=0{AudioLabel}",
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
        // concat needs one size, aspect and time base in every segment.
        var fit = $"scale={width}:{height}:force_original_aspect_ratio=decrease,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,{FrameRate},format=yuv420p";
        var input = $"-ss {Seconds(TimeSpan.FromMilliseconds(startMs))} -t {Seconds(part)} -i \"{originalFile}\"";
        var video = $"[1:v:0]{fit}[e_v1];[0:v:0]{fit}[e_v2];";
        var hasAudio = upload.HasAudio || original.HasAudio;
        var filter = hasAudio
            ? video + AudioOrSilence(1, original.HasAudio, part, "e_a1") + ";" + AudioOrSilence(0, upload.HasAudio, upload.Duration, "e_a2")
                + $";[e_v1][e_a1][e_v2][e_a2]concat=n=2:v=1:a=1{VideoLabel}{AudioLabel}"
            : video + $"[e_v1][e_v2]concat=n=2:v=1:a=0{VideoLabel}";
        return new EditStage([input], filter, width, height, part + upload.Duration, hasAudio) { ClipStart = part };
    }

    /// <summary>A stage that changes only the picture, passing the upload's audio, if any, through.</summary>
    internal static EditStage Unchanged(SourceFacts upload, int width, int height, string video, TimeSpan duration) =>
        new([], video + (upload.HasAudio ? $";[0:a:0]anull{AudioLabel}" : ""), width, height, duration, upload.HasAudio);

    // Exactly the given length either way, so that concat's segments line up with the picture. Silence
    // is made only to pair with sound elsewhere: a track of nothing would become a sound of its own.
    internal static string AudioOrSilence(int input, bool hasAudio, TimeSpan duration, string label) => hasAudio
        ? $"[{input}:a:0]{Stereo},apad,atrim=duration={Seconds(duration)}[{label}]"
        : $"anullsrc=r=48000:cl=stereo,atrim=duration={Seconds(duration)}[{label}]";

    internal static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", Inv);

    internal static int Even(int value) => Math.Max(2, value - value % 2);

    private static int Even4(int value) => Math.Max(4, value - value % 4);
}
