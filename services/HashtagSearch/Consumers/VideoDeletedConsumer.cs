using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>A deleted video leaves every hashtag page, search result and total, and stays out (a tombstone).</summary>
public sealed class VideoDeletedConsumer(DiscoveryWriter writer) : IConsumer<VideoDeleted>
{
    public Task Consume(ConsumeContext<VideoDeleted> context)
    {
        writer.Delete(context.Message.VideoId);
        return Task.CompletedTask;
    }
}
