using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Consumers;

/// <summary>Learns of published videos, to accept likes on them and count them on their creator's profile.</summary>
public sealed class VideoPublishedConsumer(ISocialStore store, Tombstones deleted) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        var video = context.Message;
        if (deleted.Contains(video.VideoId)) return Task.CompletedTask;
        store.UpsertVideo(new KnownVideo { Id = video.VideoId, CreatorId = video.Creator.Id, PublishedAt = video.PublishedAt.UtcDateTime });
        return Task.CompletedTask;
    }
}
