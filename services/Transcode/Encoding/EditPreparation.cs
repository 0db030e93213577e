using FFMpegCore;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Encoding;

/// <summary>
/// Gathers what an edit reads besides the upload (the sound, the original of a duet or stitch, a
/// caption's text) and builds its <see cref="EditStage"/>. Media that vanished or broke since the
/// post was accepted (an original deleted in between) fails the video with that reason, rather
/// than the encode failing later with ffmpeg's words about a file the creator never sent.
/// </summary>
public static class EditPreparation
{
    public static async Task<(EditStage? Stage, RuleViolation? Problem)> PrepareAsync(
        VideoEdit edit, SourceFacts upload, IMediaStore media, string scratch, CancellationToken cancellationToken)
    {
        var (soundFile, sound, soundProblem) = await ProbeAsync(media, edit.SoundPath, "the chosen sound", cancellationToken);
        if (soundProblem is not null) return (null, soundProblem);
        if (sound is { HasAudio: false }) return (null, new("edit", "the chosen sound has no audio"));
        var (originalFile, original, originalProblem) = await ProbeAsync(media, edit.DuetOfPath ?? edit.StitchOfPath, "the original video", cancellationToken);
        if (originalProblem is not null) return (null, originalProblem);
        if (original is { HasVideo: false }) return (null, new("edit", "the original video has no picture"));
        string? textFile = null;
        if (edit.TemplateParameters?.GetValueOrDefault("text") is { } text)
        {
            textFile = Path.Combine(scratch, "caption.txt");
            // drawtext reads the file as is: inner line breaks start new lines, a trailing one would draw as a box.
            await File.WriteAllTextAsync(textFile, Templates.WrapCaption(text), cancellationToken);
        }
        return (EditStage.For(edit, upload, new EditStage.Sources(soundFile, sound, originalFile, original, textFile)), null);
    }

    private static async Task<(string? File, SourceFacts? Facts, RuleViolation? Problem)> ProbeAsync(
        IMediaStore media, string? key, string what, CancellationToken cancellationToken)
    {
        if (key is null) return (null, null, null);
        if (!media.Exists(key)) return (null, null, new("edit", $"{what} no longer exists"));
        var file = media.LocalPath(key);
        try
        {
            return (file, SourceProbe.Facts(await FFProbe.AnalyseAsync(file, cancellationToken: cancellationToken)), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, null, new("edit", $"{what} could not be read"));
        }
    }
}
