using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>A deleted video leaves every hashtag page and search result, and stays out.</summary>
public sealed class VideoDeletedConsumer(IVideoIndex index, Tombstones deleted) : IConsumer<VideoDeleted>
{
    public Task Consume(ConsumeContext<VideoDeleted> context)
    {
        deleted.Add(context.Message.VideoId);
        index.Delete(context.Message.VideoId);
        return Task.CompletedTask;
    }
}
