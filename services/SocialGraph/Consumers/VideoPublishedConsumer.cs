using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Consumers;

/// <summary>
/// Learns of published videos: to accept engagement on them, count them on their creator's profile,
/// list them when saved, and tell a creator that someone duetted or stitched their video.
/// </summary>
public sealed class VideoPublishedConsumer(IEngagementStore store, Tombstones deleted, TimeProvider clock) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        var video = context.Message;
        if (deleted.Contains(video.VideoId)) return Task.CompletedTask;
        store.Publish(new KnownVideo
        {
            Id = video.VideoId,
            CreatorId = video.Creator.Id,
            Caption = video.Caption,
            Hashtags = [.. video.Hashtags],
            SoundId = video.Sound?.Id,
            SoundTitle = video.Sound?.Title,
            DurationMs = video.DurationMs,
            Width = video.Width,
            Height = video.Height,
            PlaylistUrl = video.PlaylistUrl,
            PosterUrl = video.PosterUrl,
            DuetOf = video.DuetOf,
            StitchOf = video.StitchOf,
            CreatedAt = video.CreatedAt.UtcDateTime,
            PublishedAt = video.PublishedAt.UtcDateTime,
        }, clock.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }
}
