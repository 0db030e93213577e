using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>
/// Views only grow, so the higher of the stored and the carried total wins: a view event overtaken
/// by a later one cannot take the count back.
/// </summary>
public sealed class VideoViewedConsumer(DiscoveryWriter writer) : IConsumer<VideoViewed>
{
    public Task Consume(ConsumeContext<VideoViewed> context)
    {
        var views = context.Message.ViewCount;
        writer.Engage(context.Message.VideoId, s => s with { Views = Math.Max(s.Views, views) }, context.Message.ViewedAt);
        return Task.CompletedTask;
    }
}
