using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Tests;

/// <summary>What the other services would publish, sent on the broker: videos, views, likes, follows, blocks.</summary>
public sealed class World(RecommenderHost host)
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    public async Task<VideoPublished> PublishAsync(string creatorId, params string[] tags)
    {
        var id = NewId();
        var video = new VideoPublished(id, new CreatorInfo(creatorId, $"c{creatorId[..8]}", "Creator"), string.Join(' ', tags.Select(t => "#" + t)),
            tags, 15_000, 1080, 1920, VideoCard.PlaylistUrlOf(id), VideoCard.PosterUrlOf(id), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow)
        {
            Sound = new SoundInfo($"sound-{creatorId}", $"original sound - c{creatorId[..8]}"),
        };
        await host.Bus.Publish(video);
        return video;
    }

    /// <summary>Publishes the videos and waits until the recommender's catalogue holds every one.</summary>
    public async Task<List<VideoPublished>> PublishManyAsync(IEnumerable<(string Creator, string[] Tags)> videos)
    {
        var published = new List<VideoPublished>();
        foreach (var (creator, tags) in videos) published.Add(await PublishAsync(creator, tags));
        var catalog = host.Services.GetRequiredService<Catalog>();
        await Until(() => published.All(v => catalog.Find(v.VideoId) is not null), "the catalogue holding the new videos");
        return published;
    }

    public Task ViewAsync(string userId, VideoPublished video, double completion) =>
        host.Bus.Publish(new VideoViewed(NewId(), video.VideoId, userId, video.Creator.Id, (int)(video.DurationMs * completion), video.DurationMs, 1, DateTimeOffset.UtcNow));

    public Task LikeAsync(string userId, VideoPublished video) =>
        host.Bus.Publish(new VideoLiked(video.VideoId, userId, video.Creator.Id, 1, DateTimeOffset.UtcNow));

    public Task FollowAsync(string followerId, string creatorId) => host.Bus.Publish(new UserFollowed(followerId, creatorId, DateTimeOffset.UtcNow));

    public Task BlockAsync(string blockerId, string blockedId) => host.Bus.Publish(new UserBlocked(blockerId, blockedId, DateTimeOffset.UtcNow));

    public Task NotInterestedAsync(string userId, VideoPublished video) => host.Bus.Publish(new NotInterested(userId, video.VideoId, video.Creator.Id, DateTimeOffset.UtcNow));

    public Task DeleteAsync(VideoPublished video) => host.Bus.Publish(new VideoDeleted(video.VideoId, video.Creator.Id, DateTimeOffset.UtcNow));

    /// <summary>Reads until the condition holds, failing after <paramref name="timeout"/>; returns the read and how long it took.</summary>
    public static async Task<(T Value, TimeSpan Elapsed)> Eventually<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = await read();
            if (condition(value)) return (value, clock.Elapsed);
            if (clock.Elapsed > limit) Assert.Fail($"{what} did not happen within {limit.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    private static Task Until(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), ok => ok, what);
}
