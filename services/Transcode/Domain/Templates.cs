using System.Globalization;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The built-in one-tap edits, by the ids the upload service lists at GET /api/templates (which
/// also checked the parameters). Each turns the upload into <see cref="EditStage.VideoLabel"/> and
/// <see cref="EditStage.AudioLabel"/>.
/// </summary>
public static class Templates
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static EditStage Apply(string id, IReadOnlyDictionary<string, string> parameters, SourceFacts upload, string? textFile)
    {
        var (width, height) = (EditStage.Even(upload.Displayed.Width), EditStage.Even(upload.Displayed.Height));
        double Number(string name) => double.Parse(parameters[name], Inv);
        return id switch
        {
            "caption-overlay" => Caption(upload, width, height, textFile!, parameters.GetValueOrDefault("position") ?? "bottom"),
            "slow-motion" => Speed(upload, width, height, Number("factor")),
            "speed-ramp" => Ramp(upload, width, height, Number("speed")),
            "mirror-split" => Mirror(upload, width, height, parameters.GetValueOrDefault("layout") ?? "side-by-side"),
            "beat-cut" => BeatCut(upload, width, height, Number("bpm")),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown template."),
        };
    }

    // The text comes from a file, never the command line, so no caption can inject filter syntax;
    // expansion=none draws it as written, where the default reads "%" and "\" as drawtext's own syntax.
    private static EditStage Caption(SourceFacts upload, int width, int height, string textFile, string position)
    {
        var y = position switch { "top" => "h*0.08", "center" => "(h-text_h)/2", _ => "h*0.82-text_h" };
        // A line of CaptionLineLength characters at a 16th of the frame's short side takes about 80% of a portrait frame's width (DejaVu Sans
        // Bold averages 0.7 em a character), and less of a landscape one, whose height then holds the lines; fix_bounds keeps an unusually
        // wide line's start inside the frame.
        var video = $"[0:v:0]scale={width}:{height},drawtext=fontfile={EditStage.Font}:textfile='{textFile}':expansion=none:fontcolor=white"
            + $":fontsize=min(w\\,h)/16:fix_bounds=1:borderw=3:bordercolor=black@0.8:x=(w-text_w)/2:y={y}{EditStage.VideoLabel}";
        return EditStage.Unchanged(upload, width, height, video, upload.Duration);
    }

    /// <summary>The longest caption line, in characters; <see cref="WrapCaption"/> breaks the text to fit it.</summary>
    public const int CaptionLineLength = 18;

    /// <summary>
    /// The caption as drawn: broken at spaces into lines of at most <see cref="CaptionLineLength"/> characters as a reader counts them (a longer word is split),
    /// so the longest caption the template allows (80 characters) stays inside a phone's frame.
    /// </summary>
    public static string WrapCaption(string text)
    {
        var lines = new List<List<string>>();
        foreach (var word in text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // By what a reader sees as one character (an emoji with its skin tone, a flag), never splitting one.
            foreach (var piece in TextElements(word).Chunk(CaptionLineLength))
            {
                // Characters on the last line so far (-1: no line yet).
                var used = lines.Count == 0 ? -1 : lines[^1].Count;
                if (used < 0 || used + 1 + piece.Length > CaptionLineLength) lines.Add([.. piece]);
                else lines[^1].AddRange([" ", .. piece]);
            }
        }
        return string.Join("\n", lines.Select(line => string.Concat(line)));
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) yield return elements.GetTextElement();
    }

    private static EditStage Speed(SourceFacts upload, int width, int height, double factor)
    {
        var video = $"[0:v:0]scale={width}:{height},setpts=PTS/{factor.ToString(Inv)}{EditStage.VideoLabel}";
        var audio = upload.HasAudio ? $";[0:a:0]{Tempo(factor)}{EditStage.AudioLabel}" : "";
        return new EditStage([], video + audio, width, height, upload.Duration / factor, upload.HasAudio);
    }

    // The sped-up half packs frames closer than the rate the encoder runs at, which then repeats the
    // last ones and stretches the end; resampling after the join keeps the length the plan says.
    private static EditStage Ramp(SourceFacts upload, int width, int height, double speed)
    {
        var half = EditStage.Seconds(upload.Duration / 2);
        var s = speed.ToString(Inv);
        var video = $"[0:v:0]scale={width}:{height},split[e_x][e_y];[e_x]trim=end={half},setpts=PTS-STARTPTS[e_v1];[e_y]trim=start={half},setpts=(PTS-STARTPTS)/{s}[e_v2];";
        var graph = upload.HasAudio
            ? video + EditStage.AudioOrSilence(0, true, upload.Duration, "e_whole") + $";[e_whole]asplit[e_p][e_q];[e_p]atrim=end={half},asetpts=PTS-STARTPTS[e_a1]"
                + $";[e_q]atrim=start={half},asetpts=PTS-STARTPTS,{Tempo(speed)}[e_a2];[e_v1][e_a1][e_v2][e_a2]concat=n=2:v=1:a=1[e_joined]{EditStage.AudioLabel}"
            : video + "[e_v1][e_v2]concat=n=2:v=1:a=0[e_joined]";
        graph += $";[e_joined]{EditStage.FrameRate}{EditStage.VideoLabel}";
        return new EditStage([], graph, width, height, upload.Duration / 2 + upload.Duration / 2 / speed, upload.HasAudio);
    }

    private static EditStage Mirror(SourceFacts upload, int width, int height, string layout)
    {
        var stacked = layout == "stacked";
        var (w, h) = stacked ? (width, EditStage.Even(height / 2)) : (EditStage.Even(width / 2), height);
        var (flip, stack) = stacked ? ("vflip", "vstack") : ("hflip", "hstack");
        var video = $"[0:v:0]scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h},setsar=1,split[e_m][e_n];[e_n]{flip}[e_f];[e_m][e_f]{stack}=inputs=2{EditStage.VideoLabel}";
        return EditStage.Unchanged(upload, stacked ? w : w * 2, stacked ? h * 2 : h, video, upload.Duration);
    }

    // A cut on every beat: the picture flips to its mirror image and back, with a flash on the beat.
    // The sound itself is put on by the edit's sound step, which this template requires.
    private static EditStage BeatCut(SourceFacts upload, int width, int height, double bpm)
    {
        var beat = (60 / bpm).ToString("0.####", Inv);
        var video = $"[0:v:0]scale={width}:{height},split[e_a][e_b];[e_b]hflip[e_f];[e_a][e_f]overlay=enable='eq(mod(floor(t/{beat}),2),1)'"
            + $",eq=brightness='if(lt(mod(t,{beat}),0.06),0.2,0)':eval=frame{EditStage.VideoLabel}";
        return EditStage.Unchanged(upload, width, height, video, upload.Duration);
    }

    // atempo takes 0.5 to 2 per instance; a chain reaches beyond.
    internal static string Tempo(double factor)
    {
        var steps = new List<string>();
        for (; factor < 0.5; factor /= 0.5) steps.Add("atempo=0.5");
        for (; factor > 2; factor /= 2) steps.Add("atempo=2");
        steps.Add("atempo=" + factor.ToString("0.####", Inv));
        return string.Join(',', steps);
    }
}
