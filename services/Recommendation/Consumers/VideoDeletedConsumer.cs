using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A deleted video leaves every feed, and stays out.</summary>
public sealed class VideoDeletedConsumer(Catalog catalog, IFeedStore store, Tombstones deleted) : IConsumer<VideoDeleted>
{
    public Task Consume(ConsumeContext<VideoDeleted> context)
    {
        deleted.Add(context.Message.VideoId);
        catalog.Remove(context.Message.VideoId);
        store.Delete(context.Message.VideoId);
        return Task.CompletedTask;
    }
}
