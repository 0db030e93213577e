using System.Globalization;
using System.Text;

namespace ShortVideo.Transcode.Domain;

/// <summary>
/// Everything one ffmpeg run makes from a source: the HLS ladder, the poster, the animated preview
/// and the sound on its own. The source is decoded once and split to every output, so that one
/// decode is also the check that the file is whole (see <see cref="DecodeErrors"/>).
/// </summary>
public sealed record EncodePlan(
    IReadOnlyList<RenditionPlan> Ladder, PreviewPlan Preview, double PosterSeconds, bool HasAudio, int SegmentSeconds, string Preset,
    EditStage? Edit = null)
{
    public const string MasterFile = "master.m3u8";
    public const string PosterFile = "poster.jpg";
    public const string PreviewFile = "preview.webp";
    public const string AudioFile = "audio.m4a";

    /// <summary>
    /// EBU R128 at -14 LUFS, where streaming platforms play, so one video is never much louder than
    /// the next. loudnorm works at 192 kHz, hence back to 48; stereo also fixes the channel layout
    /// loudnorm leaves unset, which the AAC encoder otherwise refuses.
    /// </summary>
    public const string Loudness = "loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=channel_layouts=stereo";

    // The labels every output reads from. An edit (a sound, a duet, a stitch) adds its inputs and a
    // stage that ends in these labels instead; nothing after the split changes.
    private const string Video = "[0:v:0]";
    private const string Audio = "[0:a:0]";

    public static EncodePlan For(SourceFacts source, int segmentSeconds, string preset, EditStage? edit = null)
    {
        var (width, height) = edit is null ? source.Displayed : (edit.Width, edit.Height);
        var duration = (edit?.Duration ?? source.Duration).TotalSeconds;
        // A stitch opens on another creator's part; its poster comes from the creator's own clip.
        var start = edit?.ClipStart.TotalSeconds ?? 0;
        var poster = start + Math.Min(1.0, (duration - start) / 2);
        return new EncodePlan(
            TranscodePlan.For(width, height), PreviewPlan.For(width, height), poster, edit?.HasAudio ?? source.HasAudio, segmentSeconds, preset, edit);
    }

    /// <summary>How long the output plays: the edit may change it (slow motion, a stitch).</summary>
    public TimeSpan OutputDuration(TimeSpan source) => Edit?.Duration ?? source;

    /// <summary>What a successful run leaves in its folder besides the segments.</summary>
    public IEnumerable<string> Files => HasAudio ? [MasterFile, PosterFile, PreviewFile, AudioFile] : [MasterFile, PosterFile, PreviewFile];

    public string FilterGraph()
    {
        var inv = CultureInfo.InvariantCulture;
        var graph = new StringBuilder();
        if (Edit is not null) graph.Append(Edit.Filter).Append(';');
        graph.Append(Edit is null ? Video : EditStage.VideoLabel).Append(inv, $"split={Ladder.Count + 2}");
        for (var i = 0; i < Ladder.Count; i++) graph.Append(inv, $"[s{i}]");
        graph.Append("[sp][sq]");
        for (var i = 0; i < Ladder.Count; i++)
        {
            graph.Append(inv, $";[s{i}]scale={Ladder[i].Width}:{Ladder[i].Height}:flags=bicubic,setsar=1,format=yuv420p[v{i}]");
        }
        var p = Preview;
        graph.Append(inv, $";[sp]trim=duration={p.Seconds},fps={p.FrameRate},scale={p.Width}:{p.Height}:flags=bicubic,setsar=1[preview]");
        // The second trim ends the branch after one frame; otherwise every later frame is scaled only to be dropped.
        graph.Append(inv, $";[sq]trim=start={PosterSeconds:0.###},trim=end_frame=1,scale={Ladder[0].Width}:{Ladder[0].Height}:flags=bicubic,setsar=1[poster]");
        if (HasAudio)
        {
            graph.Append(';').Append(Edit is null ? Audio : EditStage.AudioLabel).Append(Loudness).Append(inv, $",asplit={Ladder.Count + 1}");
            for (var i = 0; i < Ladder.Count; i++) graph.Append(inv, $"[a{i}]");
            graph.Append("[sound]");
        }
        return graph.ToString();
    }

    /// <summary>All the outputs' options; the last output's path is <see cref="HlsArguments.OutputPattern"/>.</summary>
    public string Arguments(string outputFolder)
    {
        var args = new StringBuilder();
        // Extra inputs (a sound, the original of a duet) follow the upload, before any output option.
        foreach (var input in Edit?.Inputs ?? []) args.Append(input).Append(' ');
        args.Append("-filter_complex \"").Append(FilterGraph()).Append("\" ");
        args.Append($"-map [poster] -frames:v 1 -q:v 3 \"{outputFolder}/{PosterFile}\" ");
        args.Append($"-map [preview] -c:v libwebp_anim -quality 60 -loop 0 \"{outputFolder}/{PreviewFile}\" ");
        if (HasAudio) args.Append($"-map [sound] -c:a aac -b:a 128k -movflags +faststart \"{outputFolder}/{AudioFile}\" ");
        return args.Append(HlsArguments.Build(Ladder, HasAudio, outputFolder, SegmentSeconds, Preset)).ToString();
    }
}
