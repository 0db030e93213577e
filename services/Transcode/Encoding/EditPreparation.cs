using FFMpegCore;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>
/// Gathers what an edit reads besides the upload (the sound, the original of a duet or stitch, a
/// caption's text) and builds its <see cref="EditStage"/>. Media that vanished since the post was
/// accepted (an original deleted in between) fails the video with that reason.
/// </summary>
public static class EditPreparation
{
    public static async Task<(EditStage? Stage, RuleViolation? Problem)> PrepareAsync(
        VideoEdit edit, SourceFacts upload, IMediaStore media, string scratch, CancellationToken cancellationToken)
    {
        string? soundFile = null, originalFile = null, textFile = null;
        SourceFacts? original = null;
        if (edit.SoundPath is { } sound)
        {
            if (!media.Exists(sound)) return (null, new("edit", "the chosen sound no longer exists"));
            soundFile = media.LocalPath(sound);
        }
        if ((edit.DuetOfPath ?? edit.StitchOfPath) is { } path)
        {
            if (!media.Exists(path)) return (null, new("edit", "the original video no longer exists"));
            originalFile = media.LocalPath(path);
            original = SourceProbe.Facts(await FFProbe.AnalyseAsync(originalFile, cancellationToken: cancellationToken));
        }
        if (edit.TemplateParameters?.GetValueOrDefault("text") is { } text)
        {
            textFile = Path.Combine(scratch, "caption.txt");
            // drawtext reads the file as is; a trailing newline would draw as a box.
            await File.WriteAllTextAsync(textFile, text.ReplaceLineEndings(" ").Trim(), cancellationToken);
        }
        return (EditStage.For(edit, upload, new EditStage.Sources(soundFile, null, originalFile, original, textFile)), null);
    }
}
