using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Consumers;

/// <summary>A deleted video can no longer be engaged with and no longer counts on its creator's profile.</summary>
public sealed class VideoDeletedConsumer(IEngagementStore store, Tombstones deleted) : IConsumer<VideoDeleted>
{
    public Task Consume(ConsumeContext<VideoDeleted> context)
    {
        deleted.Add(context.Message.VideoId);
        store.DeleteVideo(context.Message.VideoId);
        return Task.CompletedTask;
    }
}
