using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Consumers;

public sealed class VideoPublishedConsumer(IFeedStore store) : IConsumer<VideoPublished>
{
    public Task Consume(ConsumeContext<VideoPublished> context)
    {
        var v = context.Message;
        store.UpsertVideo(new FeedVideo
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
            CreatedAt = v.CreatedAt.UtcDateTime,
        });
        return Task.CompletedTask;
    }
}
