using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>Shares only grow; see <see cref="VideoViewedConsumer"/>.</summary>
public sealed class VideoSharedConsumer(DiscoveryWriter writer) : IConsumer<VideoShared>
{
    public Task Consume(ConsumeContext<VideoShared> context)
    {
        var shares = context.Message.ShareCount;
        writer.Engage(context.Message.VideoId, s => s with { Shares = Math.Max(s.Shares, shares) }, context.Message.SharedAt);
        return Task.CompletedTask;
    }
}
