using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Domain;
using ShortVideo.Upload.Media;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

/// <summary>
/// POST /api/sounds: people's own music. The upload is sniffed, probed and fully decoded into
/// normalised AAC before the sound exists; a rejected file leaves nothing behind.
/// </summary>
public static class PostSound
{
    public const int MaxTitle = 100;

    public static async Task<Results<Created<SoundView>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ClaimsPrincipal principal, ISoundStore sounds, IMediaStore media, AudioNormaliser normaliser,
        IOptions<UploadOptions> options, CancellationToken cancellationToken)
    {
        var user = ShortVideoClaims.CurrentOf(principal)!;
        if (!request.HasFormContentType || !MediaTypeHeaderValue.Parse(request.ContentType).MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Field(415, "body", "Send multipart/form-data with a 'file' part and a 'title' field.");
        }
        var staging = media.CreateStagingFolder("sound");
        try
        {
            var (upload, title, problem) = await ReadAsync(request, staging, options.Value.MaxSoundBytes, cancellationToken);
            if (problem is not null) return problem;
            var id = Guid.CreateVersion7().ToString("N");
            var normalised = Path.Combine(staging, "sound.m4a");
            var outcome = await normaliser.NormaliseAsync(upload!, normalised, TimeSpan.FromSeconds(options.Value.MaxSoundSeconds), cancellationToken);
            if (outcome.Problem is not null) return Problems.Field(422, "file", $"{outcome.Rule}: {outcome.Problem}");

            var key = $"sounds/{id}.m4a";
            await using (var file = File.OpenRead(normalised))
            {
                await media.SaveAsync(key, file, long.MaxValue, cancellationToken);
            }
            var sound = new SoundRecord
            {
                Id = id, Title = title!, OwnerId = user.Id, OwnerHandle = user.Handle, DurationMs = outcome.DurationMs,
                AudioPath = key, CreatedAt = DateTime.UtcNow,
            };
            sounds.Add(sound);
            return TypedResults.Created($"/api/sounds/{id}", SoundView.Of(sound, 0));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static async Task<(string? File, string? Title, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string staging, long maxBytes, CancellationToken cancellationToken)
    {
        string? file = null, title = null;
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value ?? "";
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var part)) continue;
                if (part.IsFileDisposition() && part.Name.Value == "file" && file is null)
                {
                    file = Path.Combine(staging, "upload");
                    var problem = await SaveAsync(section.Body, file, maxBytes, cancellationToken);
                    if (problem is not null) return (null, null, problem);
                }
                else if (part.Name.Value == "title")
                {
                    title = (await new StreamReader(section.Body).ReadToEndAsync(cancellationToken)).Trim();
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return (null, null, Problems.Invalid("body", "The multipart body is malformed: " + ex.Message));
        }
        if (file is null) return (null, null, Problems.Invalid("file", "A 'file' part with the audio is required."));
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitle || title.Any(char.IsControl))
        {
            return (null, null, Problems.Invalid("title", $"A title is 1 to {MaxTitle} characters of plain text."));
        }
        return (file, title, null);
    }

    private static async Task<ProblemHttpResult?> SaveAsync(Stream body, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var head = new byte[AudioSniffer.BytesNeeded];
        var read = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0) return Problems.Invalid("file", "The file is empty.");
        if (AudioSniffer.Detect(head.AsSpan(0, read)) is null)
        {
            return Problems.Field(415, "file", "The file is not audio: its bytes are not MP3, M4A, WAV or Ogg.");
        }
        await using var target = File.Create(path);
        await target.WriteAsync(head.AsMemory(0, read), cancellationToken);
        try
        {
            await FolderMediaStore.CopyLimitedAsync(body, target, maxBytes - read, cancellationToken);
        }
        catch (MediaTooLargeException)
        {
            return Problems.Field(413, "file", $"A sound file is at most {maxBytes} bytes.");
        }
        return null;
    }
}
