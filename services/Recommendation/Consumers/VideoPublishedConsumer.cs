using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A video became watchable: into the catalogue, and so into every candidate pool, at once.</summary>
public sealed class VideoPublishedConsumer(Catalog catalog, Tombstones deleted) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        var v = context.Message;
        if (deleted.Contains(v.VideoId)) return Task.CompletedTask;
        catalog.Upsert(new FeedVideo
        {
            Id = v.VideoId,
            CreatorId = v.Creator.Id,
            CreatorHandle = v.Creator.Handle,
            CreatorDisplayName = v.Creator.DisplayName,
            Caption = v.Caption,
            Hashtags = v.Hashtags.ToList(),
            DurationMs = v.DurationMs,
            Width = v.Width,
            Height = v.Height,
            PlaylistUrl = v.PlaylistUrl,
            PosterUrl = v.PosterUrl,
            SoundId = v.Sound?.Id,
            SoundTitle = v.Sound?.Title,
            DuetOf = v.DuetOf,
            StitchOf = v.StitchOf,
            CreatedAt = v.CreatedAt.UtcDateTime,
        });
        return Task.CompletedTask;
    }
}
