using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>"Not interested": the video and its creator leave the user's For You feed, and its hashtags and sound weigh less.</summary>
public sealed class NotInterestedConsumer(ProfileUpdater updater) : IConsumer<NotInterested>
{
    public Task Consume(ConsumeContext<NotInterested> context)
    {
        var e = context.Message;
        var video = updater.Video(e.VideoId);
        return updater.ApplyAsync(nameof(NotInterested), e.UserId, e.At,
            p => ProfileLearning.NotInterested(p, e.VideoId, e.CreatorId, video, e.At.UtcDateTime, updater.HalfLife), context.CancellationToken);
    }
}
