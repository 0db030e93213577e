using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Upload.Domain;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// Turns the edit fields of a post (sound, duet, stitch, template) into a <see cref="VideoEdit"/>
/// for the transcoder, or the first rule they break. Everything is checked here, before anything is
/// stored or published; the transcoder receives media paths, never ids to look up. A video or sound whose creator is on the other
/// side of a block from the poster (<paramref name="hidden"/>) is treated as one that does not exist, as the poster sees it.
/// </summary>
public static class EditResolver
{
    public const int MaxStitchMs = 5000;

    public static (VideoEdit? Edit, ProblemHttpResult? Problem) Resolve(VideoForm form, IVideoStore videos, ISoundStore sounds, Func<string, bool> hidden)
    {
        var edit = new VideoEdit();
        if (form["duetOf"] is not null && form["stitchOf"] is not null) return Fail("stitchOf", "A video is a duet or a stitch, not both.");
        if ((form["duetOf"] ?? form["stitchOf"]) is not null && form["templateId"] is not null) return Fail("templateId", "Templates apply to plain videos, not duets or stitches.");
        if (form["duetOf"] is not null && form["soundId"] is not null) return Fail("soundId", "A duet keeps the original's sound; it cannot take another.");

        var steps = new Func<VideoEdit, VideoForm, IVideoStore, ISoundStore, Func<string, bool>, (VideoEdit?, ProblemHttpResult?)>[] { Sound, Duet, Stitch, Template };
        foreach (var step in steps)
        {
            var (next, problem) = step(edit, form, videos, sounds, hidden);
            if (problem is not null) return (null, problem);
            edit = next!;
        }
        return (edit == new VideoEdit() ? null : edit, null);
    }

    private static (VideoEdit?, ProblemHttpResult?) Sound(VideoEdit edit, VideoForm form, IVideoStore videos, ISoundStore sounds, Func<string, bool> hidden)
    {
        var mode = form["soundMode"];
        if (form["soundId"] is not { } id) return mode is null ? (edit, null) : Fail("soundMode", "soundMode needs a soundId.");
        if (sounds.Find(id) is not { } sound || hidden(sound.OwnerId)) return Fail("soundId", $"There is no sound '{id}'.", 422);
        mode ??= "replace";
        if (mode is not ("replace" or "mix")) return Fail("soundMode", "soundMode is 'replace' or 'mix'.");
        return (edit with { SoundId = sound.Id, SoundPath = sound.AudioPath, SoundMode = mode }, null);
    }

    private static (VideoEdit?, ProblemHttpResult?) Duet(VideoEdit edit, VideoForm form, IVideoStore videos, ISoundStore sounds, Func<string, bool> hidden)
    {
        if (form["duetOf"] is not { } id) return (edit, null);
        if (videos.Find(id) is not { Status: VideoStatus.Ready } original || hidden(original.CreatorId)) return Fail("duetOf", $"There is no ready video '{id}' to duet.", 422);
        if (!original.AllowDuet) return Fail("duetOf", "The creator of that video does not allow duets.", 403);
        return (edit with { DuetOfId = id, DuetOfPath = original.OriginalPath }, null);
    }

    private static (VideoEdit?, ProblemHttpResult?) Stitch(VideoEdit edit, VideoForm form, IVideoStore videos, ISoundStore sounds, Func<string, bool> hidden)
    {
        if (form["stitchOf"] is not { } id)
        {
            return form["stitchStartMs"] is null && form["stitchEndMs"] is null ? (edit, null) : Fail("stitchOf", "stitchStartMs and stitchEndMs need a stitchOf.");
        }
        if (videos.Find(id) is not { Status: VideoStatus.Ready } original || hidden(original.CreatorId)) return Fail("stitchOf", $"There is no ready video '{id}' to stitch.", 422);
        if (!original.AllowStitch) return Fail("stitchOf", "The creator of that video does not allow stitches.", 403);
        if (!int.TryParse(form["stitchStartMs"] ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var start)) return Fail("stitchStartMs", "stitchStartMs is a whole number of milliseconds from 0.");
        if (!int.TryParse(form["stitchEndMs"] ?? Math.Min(original.DurationMs, start + MaxStitchMs).ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || end <= start || end > original.DurationMs)
        {
            return Fail("stitchEndMs", $"stitchEndMs is after stitchStartMs and within the original's {original.DurationMs} ms.");
        }
        if (end - start > MaxStitchMs) return Fail("stitchEndMs", $"A stitch takes at most {MaxStitchMs / 1000} seconds of the original.");
        return (edit with { StitchOfId = id, StitchOfPath = original.OriginalPath, StitchStartMs = start, StitchEndMs = end }, null);
    }

    private static (VideoEdit?, ProblemHttpResult?) Template(VideoEdit edit, VideoForm form, IVideoStore videos, ISoundStore sounds, Func<string, bool> hidden)
    {
        if (form["templateId"] is not { } id) return form["templateParams"] is null ? (edit, null) : Fail("templateParams", "templateParams need a templateId.");
        if (Templates.Find(id) is not { } template) return Fail("templateId", $"There is no template '{id}'; GET /api/templates lists them.", 422);
        if (template.NeedsSound && edit.SoundPath is null) return Fail("soundId", $"The template '{id}' cuts to a sound: send a soundId.");
        if (!TryParameters(form["templateParams"], out var given, out var badValue))
        {
            return badValue is null
                ? Fail("templateParams", "templateParams is a JSON object of names to values.")
                : Fail($"templateParams.{badValue}", $"'{badValue}' is a string or a number.");
        }
        var values = new Dictionary<string, string>();
        foreach (var parameter in template.Parameters)
        {
            var (value, problem) = parameter.Check(given.GetValueOrDefault(parameter.Name));
            if (problem is not null) return Fail($"templateParams.{parameter.Name}", problem);
            values[parameter.Name] = value!;
        }
        var unknown = given.Keys.FirstOrDefault(k => template.Parameters.All(p => p.Name != k));
        if (unknown is not null) return Fail($"templateParams.{unknown}", $"The template '{id}' has no parameter '{unknown}'.");
        return (edit with { TemplateId = id, TemplateParameters = values }, null);
    }

    /// <summary>The parameters as text; false when the JSON is not an object, or (naming it in <paramref name="badValue"/>) a value is neither a string nor a number.</summary>
    private static bool TryParameters(string? json, out Dictionary<string, string> values, out string? badValue)
    {
        values = [];
        badValue = null;
        if (json is null) return true;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return false;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    badValue = property.Name;
                    return false;
                }
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (VideoEdit?, ProblemHttpResult?) Fail(string field, string rule, int status = 400) => (null, Problems.Field(status, field, rule));
}
