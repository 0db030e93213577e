using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A deleted video leaves every feed, and stays out.</summary>
public sealed class VideoDeletedConsumer(IFeedStore store, Tombstones deleted) : IConsumer<VideoDeleted>
{
    public Task Consume(ConsumeContext<VideoDeleted> context)
    {
        deleted.Add(context.Message.VideoId);
        store.DeleteVideo(context.Message.VideoId);
        return Task.CompletedTask;
    }
}
