using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Domain;
using ShortVideo.Upload.Storage;
using ShortVideo.Upload.Tus;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// POST /api/videos: the file is streamed straight to the media store while the form is read, then
/// every field is checked. Nothing is kept unless every check passes: a rejected post leaves no
/// file, no record and no event.
/// </summary>
public static class PostVideo
{
    public static async Task<Results<Accepted<VideoAccepted>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal principal, IVideoStore store, ISoundStore sounds, IBlockList blocks, IMediaStore media, TusUploads uploads,
        IOptions<UploadOptions> options, UploadMetrics metrics, CancellationToken cancellationToken)
    {
        var user = ShortVideoClaims.CurrentOf(principal)!;
        var id = Guid.CreateVersion7().ToString("N");
        var (form, problem) = await VideoFormReader.ReadAsync(request, id, media, options.Value, cancellationToken);
        problem ??= ValidateFields(form);
        var (edit, editProblem) = problem is null ? EditResolver.Resolve(form, store, sounds, creator => blocks.Between(user.Id, creator)) : (null, null);
        problem ??= editProblem;
        // A resumable upload is claimed last, so a mistake in any other field leaves it in place for a retry.
        problem ??= ClaimedUpload.Take(form, id, user.Id, uploads, media);
        problem ??= ValidateFile(form);
        if (problem is not null)
        {
            if (form.OriginalPath is not null) media.Delete(form.OriginalPath);
            metrics.Rejected(FieldOf(problem));
            return problem;
        }

        var now = DateTime.UtcNow;
        var record = RecordOf(id, user, form, edit, edit?.SoundId is { } soundId ? sounds.Find(soundId)?.Title : null, now);
        Activity.Current?.SetTag("shortvideo.video.id", id);
        store.Create(record, new VideoUploaded(id, new CreatorInfo(user.Id, user.Handle, user.DisplayName), record.Caption, record.Hashtags, record.OriginalPath, now) { Edit = edit });
        metrics.Accepted(form.Bytes);
        return TypedResults.Accepted($"/api/videos/{id}", new VideoAccepted(id, VideoStatus.Processing));
    }

    private static ProblemHttpResult? ValidateFields(VideoForm form) =>
        form.Caption is null ? Problems.Invalid("caption", "A 'caption' field is required (it may be empty).")
        : form.Flag("allowDuet", true) is null ? Problems.Invalid("allowDuet", "allowDuet is true or false.")
        : form.Flag("allowStitch", true) is null ? Problems.Invalid("allowStitch", "allowStitch is true or false.")
        : null;

    private static ProblemHttpResult? ValidateFile(VideoForm form) =>
        form.OriginalPath is null ? Problems.Invalid("file", "A 'file' part with the video, or the uploadId of a finished resumable upload, is required.")
        : form.Bytes == 0 ? Problems.Invalid("file", "The file is empty.")
        : null;

    private static VideoRecord RecordOf(string id, CurrentUser user, VideoForm form, VideoEdit? edit, string? soundTitle, DateTime now)
    {
        var sound = edit?.SoundId;
        return new VideoRecord
        {
            Id = id, CreatorId = user.Id, CreatorHandle = user.Handle, CreatorDisplayName = user.DisplayName,
            Caption = form.Caption ?? "", Hashtags = Hashtags.Parse(form.Caption).ToList(), OriginalPath = form.OriginalPath!,
            SoundId = sound, SoundTitle = soundTitle, DuetOf = edit?.DuetOfId, StitchOf = edit?.StitchOfId,
            TemplateId = edit?.TemplateId, AllowDuet = form.Flag("allowDuet", true)!.Value, AllowStitch = form.Flag("allowStitch", true)!.Value,
            CreatedAt = now,
        };
    }

    private static string FieldOf(ProblemHttpResult problem) =>
        problem.ProblemDetails.Extensions.TryGetValue("errors", out var errors) && errors is Dictionary<string, string[]> fields
            ? fields.Keys.First()
            : "body";
}

public sealed record VideoAccepted(string Id, string Status);
