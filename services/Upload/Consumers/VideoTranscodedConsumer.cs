using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Consumers;

/// <summary>
/// A transcoded video becomes ready and its full card is published for every read model. Its
/// own audio becomes a reusable sound, copied out of the video's folder so that it outlives the video.
/// A video deleted before its encode finished leaves nothing: what the encoder wrote is removed here.
/// </summary>
public sealed class VideoTranscodedConsumer(IVideoStore store, ISoundStore sounds, IMediaStore media, UploadMetrics metrics)
    : IConsumer<VideoTranscoded>
{
    public async Task Consume(ConsumeContext<VideoTranscoded> context)
    {
        var message = context.Message;
        var video = store.Find(message.VideoId);
        // Deleted while it was encoded: the encoder wrote its renditions after the delete removed the folder.
        if (video is null) media.Delete($"videos/{message.VideoId}");
        if (video is not { Status: VideoStatus.Processing }) return;
        var originalSound = message.AudioPath is { } audio && video.SoundId is null
            ? await OriginalSoundAsync(video, audio, message.DurationMs, context.CancellationToken)
            : null;
        var published = store.MarkReady(message.VideoId, message, originalSound, ready => new VideoPublished(
            ready.Id,
            new CreatorInfo(ready.CreatorId, ready.CreatorHandle, ready.CreatorDisplayName),
            ready.Caption,
            ready.Hashtags,
            message.DurationMs,
            message.Width,
            message.Height,
            VideoCard.PlaylistUrlOf(ready.Id),
            VideoCard.PosterUrlOf(ready.Id),
            ready.CreatedAt.ToUniversalTime(),
            message.TranscodedAt)
        {
            Sound = ready.SoundId is null ? null : new SoundInfo(ready.SoundId, ready.SoundTitle ?? ""),
            DuetOf = ready.DuetOf,
            StitchOf = ready.StitchOf,
        });
        if (published) metrics.Ready(message.TranscodedAt.UtcDateTime - video.CreatedAt.ToUniversalTime());
        // Deleted (or made ready by another delivery) while its sound was copied: no record owns that copy.
        else if (originalSound is not null && sounds.Find(originalSound.Id) is null) media.Delete(originalSound.AudioPath);
    }

    private async Task<SoundRecord> OriginalSoundAsync(VideoRecord video, string audioPath, int durationMs, CancellationToken cancellationToken)
    {
        var id = sounds.FromVideo(video.Id)?.Id ?? Guid.CreateVersion7().ToString("N");
        var key = $"sounds/{id}.m4a";
        await using (var source = File.OpenRead(media.LocalPath(audioPath)))
        {
            await media.SaveAsync(key, source, long.MaxValue, cancellationToken);
        }
        return new SoundRecord
        {
            Id = id,
            Title = $"original sound - @{video.CreatorHandle}",
            OwnerId = video.CreatorId,
            OwnerHandle = video.CreatorHandle,
            DurationMs = durationMs,
            AudioPath = key,
            SourceVideoId = video.Id,
            CreatedAt = DateTime.UtcNow,
        };
    }
}
