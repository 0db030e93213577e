using ShortVideo.Contracts;
using static ShortVideo.HashtagSearch.Tests.Json;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// Trending from real engagement events on the service's bus. Events carry their own times, so a
/// week of history is published with past timestamps: the board buckets by when things happened.
/// </summary>
public sealed class TrendingTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private ServiceHost Service => fixture.Service;

    [Fact]
    public async Task A_tag_with_a_sudden_burst_of_views_trends_above_an_older_larger_tag()
    {
        var now = DateTimeOffset.UtcNow;
        var big = Cards.UniqueTag("steady");
        var rising = Cards.UniqueTag("burst");
        var bigVideo = Cards.Published($"#{big}", [big], at: now.AddDays(-8));
        var risingVideo = Cards.Published($"#{rising}", [rising], at: now.AddMinutes(-30));
        await Service.PublishAsync(bigVideo);
        await Service.PublishAsync(risingVideo);

        // The big tag: 60 views an hour for a week, and the same in the last hour. The new one: 40 views in the last hour.
        long bigViews = 0;
        for (var hour = 24 * 7; hour >= 0; hour--)
        {
            bigViews += 60;
            await Service.PublishAsync(new VideoViewed($"b{hour}", bigVideo.VideoId, null, bigVideo.Creator.Id, 1, 1, bigViews, now.AddHours(-hour).AddMinutes(-30)));
        }
        for (var i = 1; i <= 40; i++)
        {
            await Service.PublishAsync(new VideoViewed($"r{i}", risingVideo.VideoId, null, risingVideo.Creator.Id, 1, 1, i, now.AddMinutes(-20)));
        }
        await Service.EventuallyAsync($"/api/hashtags/{big}", p => Long(p, "views") == bigViews);
        await Service.EventuallyAsync($"/api/hashtags/{rising}", p => Long(p, "views") == 40);

        var trending = await Service.GetAsync("/api/hashtags/trending?window=1h&limit=100");

        var tags = Tags(trending).ToList();
        Assert.Contains(rising, tags);
        Assert.True(!tags.Contains(big) || tags.IndexOf(rising) < tags.IndexOf(big), $"#{rising} should rank above #{big}: {trending.ToJsonString()}");
        var entry = trending.AsArray().Single(t => t!["tag"]!.GetValue<string>() == rising)!;
        Assert.Equal((1, 40), (Long(entry, "videoCount"), Long(entry, "views")));
        Assert.True(entry["score"]!.GetValue<double>() > 0);
        Assert.True(bigViews > 40 * 10, "the steady tag is by far the larger one");
    }

    [Fact]
    public async Task Trending_sounds_rank_by_the_engagement_of_the_videos_that_use_them()
    {
        var now = DateTimeOffset.UtcNow;
        var hot = new SoundInfo("snd-" + Guid.NewGuid().ToString("N"), "Hot loop");
        var cold = new SoundInfo("snd-" + Guid.NewGuid().ToString("N"), "Cold loop");
        var hotVideo = Cards.Published("hot", [], sound: hot, at: now.AddMinutes(-10));
        var coldVideo = Cards.Published("cold", [], sound: cold, at: now.AddDays(-3));
        await Service.PublishAsync(hotVideo);
        await Service.PublishAsync(coldVideo);
        await Service.PublishAsync(new VideoLiked(hotVideo.VideoId, "u1", hotVideo.Creator.Id, 30, now));

        var trending = await Service.EventuallyAsync("/api/sounds/trending?window=24h&limit=100",
            list => list.AsArray().Any(s => s!["id"]!.GetValue<string>() == hot.Id && s["score"]!.GetValue<double>() > 50));

        var ids = trending.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(cold.Id, ids);
        var entry = trending.AsArray().Single(s => s!["id"]!.GetValue<string>() == hot.Id)!;
        Assert.Equal("Hot loop", entry["title"]!.GetValue<string>());
        Assert.Equal(1, Long(entry, "videoCount"));
    }

    [Fact]
    public async Task A_redelivered_view_total_adds_nothing_to_the_trend()
    {
        var tag = Cards.UniqueTag("once");
        var video = Cards.Published($"#{tag}", [tag], at: DateTimeOffset.UtcNow.AddMinutes(-5));
        await Service.PublishAsync(video);
        for (var copy = 0; copy < 3; copy++)
        {
            await Service.PublishAsync(new VideoViewed("v", video.VideoId, null, video.Creator.Id, 1, 1, 10, DateTimeOffset.UtcNow));
        }
        await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "views") == 10);
        await Task.Delay(300);

        var trending = await Service.GetAsync("/api/hashtags/trending?window=1h&limit=100");

        var entry = trending.AsArray().Single(t => t!["tag"]!.GetValue<string>() == tag)!;
        // Posting the video (2) and ten views (10), with no baseline: (12 - 0) / sqrt(0 + 1).
        Assert.Equal(12, entry["score"]!.GetValue<double>(), 3);
    }
}
