using ShortVideo.Contracts;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class EditStageTests
{
    private static readonly SourceFacts Phone = new("mov,mp4,m4a,3gp,3g2,mj2", true, "h264", 1080, 1920, 0, 30, TimeSpan.FromSeconds(15), "aac");
    private static readonly SourceFacts Silent = Phone with { AudioCodec = null };
    private static readonly SourceFacts Landscape = new("mov,mp4,m4a,3gp,3g2,mj2", true, "h264", 1280, 720, 0, 25, TimeSpan.FromSeconds(4), "aac");

    private static readonly Dictionary<string, (VideoEdit Edit, SourceFacts Upload, SourceFacts? Original)> Edits = new()
    {
        ["sound replace"] = (new() { SoundPath = "s", SoundMode = "replace" }, Phone, null),
        ["sound mix"] = (new() { SoundPath = "s", SoundMode = "mix" }, Phone, null),
        ["sound on a silent clip"] = (new() { SoundPath = "s", SoundMode = "mix" }, Silent, null),
        ["duet"] = (new() { DuetOfPath = "o" }, Phone, Landscape),
        ["duet of two silent clips"] = (new() { DuetOfPath = "o" }, Silent, Landscape with { AudioCodec = null }),
        ["duet of a silent clip"] = (new() { DuetOfPath = "o" }, Silent, Landscape),
        ["stitch"] = (Stitch(), Phone, Landscape),
        ["stitch of a silent original"] = (Stitch(), Phone, Landscape with { AudioCodec = null }),
        ["stitch of two silent clips"] = (Stitch(), Silent, Landscape with { AudioCodec = null }),
        ["stitch with a sound"] = (Stitch() with { SoundPath = "s", SoundMode = "replace" }, Phone, Landscape),
        ["stitch with a sound mixed in"] = (Stitch() with { SoundPath = "s", SoundMode = "mix" }, Silent, Landscape),
        ["caption"] = (Template("caption-overlay", ("text", "hi"), ("position", "top")), Phone, null),
        ["slow motion"] = (Template("slow-motion", ("factor", "0.25")), Phone, null),
        ["slow motion with a sound"] = (Template("slow-motion", ("factor", "0.5")) with { SoundPath = "s", SoundMode = "mix" }, Phone, null),
        ["speed ramp"] = (Template("speed-ramp", ("speed", "4")), Phone, null),
        ["speed ramp of a silent clip"] = (Template("speed-ramp", ("speed", "2")), Silent, null),
        ["mirror"] = (Template("mirror-split", ("layout", "side-by-side")), Phone, null),
        ["mirror stacked"] = (Template("mirror-split", ("layout", "stacked")), Silent, null),
        ["beat cut"] = (Template("beat-cut", ("bpm", "120")) with { SoundPath = "s", SoundMode = "replace" }, Phone, null),
    };

    public static TheoryData<string> EditNames => [.. Edits.Keys];

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Every_edit_ends_in_ev_and_ea_once_and_reads_every_label_it_makes(string name)
    {
        var stage = Build(name);
        var (made, read) = EditGraph.Labels(stage.Filter);

        Assert.Equal(made.Distinct(), made);
        Assert.All(read, label => Assert.Single(made, label));
        Assert.Equal(stage.HasAudio ? new[] { "ea", "ev" } : ["ev"], EditGraph.Open(stage.Filter).Order());
        Assert.All(EditGraph.FileStreams(stage.Filter), stream => Assert.InRange(int.Parse(stream[..stream.IndexOf(':')]), 0, stage.Inputs.Count));
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Every_edit_links_into_the_full_ladder_without_sharing_a_label(string name)
    {
        var plan = EncodePlan.For(Edits[name].Upload, 2, "veryfast", Build(name));
        var (made, read) = EditGraph.Labels(plan.FilterGraph());

        Assert.Equal(4, plan.Ladder.Count);
        Assert.Equal(made.Distinct(), made);
        Assert.All(read, label => Assert.Single(made, label));
        Assert.All(EditGraph.Open(plan.FilterGraph()), label => Assert.Contains($"-map [{label}]", plan.Arguments("/out")));
    }

    [Theory]
    [InlineData(360, 640, 360, 640)]
    [InlineData(1080, 1920, 1080, 1920)]
    [InlineData(1920, 1080, 1080, 1920)]
    [InlineData(2160, 3840, 1080, 1920)]
    [InlineData(200, 356, 360, 640)]
    [InlineData(722, 1282, 720, 1280)]
    [InlineData(481, 855, 480, 852)]
    public void A_duet_is_a_vertical_9_16_frame_sized_by_the_new_clips_short_side(int width, int height, int duetWidth, int duetHeight)
    {
        var stage = EditStage.Duet(Phone with { Width = width, Height = height }, "o", Landscape);

        Assert.Equal((duetWidth, duetHeight), (stage.Width, stage.Height));
        Assert.Equal(0, stage.Width % 4);
        Assert.Equal(Phone.Duration, stage.Duration);
        Assert.StartsWith("-stream_loop -1 -i ", Assert.Single(stage.Inputs));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void A_duet_has_sound_when_either_side_has(bool mine, bool theirs, bool expected) =>
        Assert.Equal(expected, EditStage.Duet(mine ? Phone : Silent, "o", theirs ? Landscape : Landscape with { AudioCodec = null }).HasAudio);

    [Fact]
    public void A_stitch_plays_the_part_then_the_clip_in_the_clips_frame_with_its_poster_from_the_clip()
    {
        var stage = Build("stitch");
        var plan = EncodePlan.For(Phone, 2, "veryfast", stage);

        Assert.Equal((1080, 1920), (stage.Width, stage.Height));
        Assert.Equal(TimeSpan.FromSeconds(1.5 + 15), stage.Duration);
        Assert.Equal("-ss 0.5 -t 1.5 -i \"O\"", Assert.Single(stage.Inputs));
        Assert.Equal(2.5, plan.PosterSeconds);
        Assert.Equal(TimeSpan.FromSeconds(16.5), plan.OutputDuration(Phone.Duration));
    }

    [Fact]
    public void A_sound_on_a_stitch_is_the_third_input_and_loops()
    {
        var stage = Build("stitch with a sound");

        Assert.Equal("-stream_loop -1 -i \"S\"", stage.Inputs[1]);
        Assert.Contains("[2:a:0]atrim=duration=16.5,", stage.Filter);
        Assert.Contains("[e_own]anullsink", stage.Filter);
    }

    [Fact]
    public void A_sound_mixed_under_the_clip_plays_at_a_third_of_its_level_for_the_whole_clip() =>
        Assert.Contains("[1:a:0]atrim=duration=15,asetpts=PTS-STARTPTS,aresample=48000,aformat=channel_layouts=stereo,volume=0.35[e_bed]", Build("sound mix").Filter);

    [Theory]
    [InlineData("stitch of a silent original", true)]
    [InlineData("stitch of two silent clips", false)]
    [InlineData("speed ramp of a silent clip", false)]
    [InlineData("stitch with a sound mixed in", true)]
    public void Silence_is_made_only_to_pair_with_sound_never_as_the_whole_track(string name, bool hasAudio)
    {
        var stage = Build(name);
        Assert.Equal(hasAudio, stage.HasAudio);
        Assert.Equal(hasAudio, EncodePlan.For(Edits[name].Upload, 2, "veryfast", stage).Files.Contains(EncodePlan.AudioFile));
    }

    [Fact]
    public void A_plain_sound_keeps_the_clips_frame_and_length()
    {
        var stage = Build("sound replace");
        Assert.Equal((1080, 1920, TimeSpan.FromSeconds(15), true), (stage.Width, stage.Height, stage.Duration, stage.HasAudio));
    }

    internal static EditStage Build(string name)
    {
        var (edit, upload, original) = Edits[name];
        return EditStage.For(edit, upload, new EditStage.Sources("S", null, "O", original, "/scratch/caption.txt"));
    }

    private static VideoEdit Stitch() => new() { StitchOfPath = "o", StitchStartMs = 500, StitchEndMs = 2000 };

    internal static VideoEdit Template(string id, params (string Name, string Value)[] parameters) =>
        new() { TemplateId = id, TemplateParameters = parameters.ToDictionary(p => p.Name, p => p.Value) };
}
