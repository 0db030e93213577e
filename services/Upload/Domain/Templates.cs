namespace ShortVideo.Upload.Domain;

/// <summary>
/// The catalogue of built-in templates. The ids are a contract with the transcoder, which knows
/// how to apply each one; the parameters are checked here, before anything is stored.
/// </summary>
public static class Templates
{
    public static readonly IReadOnlyList<Template> All =
    [
        new("caption-overlay", "Caption overlay", "Big readable text over the clip, like the captions people add by hand.",
        [
            new("text", TemplateParameter.Text, "The words to show.", MaxLength: 80),
            new("position", TemplateParameter.Choice, "Where the text sits.", "bottom", Choices: ["top", "center", "bottom"]),
        ]),
        new("slow-motion", "Slow motion", "The whole clip slowed down, sound and all.",
        [
            new("factor", TemplateParameter.Number, "Playback speed; 0.5 is half speed.", "0.5", 0.25, 0.9),
        ]),
        new("speed-ramp", "Speed ramp", "Plays the first part at normal speed, then ramps up for the rest.",
        [
            new("speed", TemplateParameter.Number, "Speed of the second half.", "2", 1.25, 4),
        ]),
        new("mirror-split", "Split-screen mirror", "The clip and its mirror image, side by side or stacked.",
        [
            new("layout", TemplateParameter.Choice, "How the two halves are placed.", "side-by-side", Choices: ["side-by-side", "stacked"]),
        ]),
        new("beat-cut", "Beat-synced cut", "Cuts the clip to the beat of a sound: the picture flips to its mirror image on every beat, with a flash, over the sound.",
        [
            new("bpm", TemplateParameter.Number, "Beats per minute of the sound.", "120", 60, 200),
        ], NeedsSound: true),
    ];

    public static Template? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
