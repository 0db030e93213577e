using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using static ShortVideo.HashtagSearch.Tests.Json;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>Hashtag pages over HTTP, fed by real events on the service's bus.</summary>
public sealed class HashtagPageTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private ServiceHost Service => fixture.Service;

    [Fact]
    public async Task A_tag_named_like_a_list_route_has_its_page_under_its_hash()
    {
        var card = Cards.Published("#trending #suggest", ["trending", "suggest"]);
        await Service.PublishAsync(card);

        foreach (var tag in new[] { "trending", "suggest" })
        {
            var page = await Service.EventuallyAsync($"/api/hashtags/%23{tag}", p => Long(p, "videoCount") >= 1);
            Assert.Equal(tag, page["tag"]!.GetValue<string>());
            await Service.EventuallyAsync($"/api/hashtags/%23{tag}/videos", p => Ids(p).Contains(card.VideoId));
        }
        // Without the '#', the name is the list route it always was.
        Assert.IsType<System.Text.Json.Nodes.JsonArray>(await Service.GetAsync("/api/hashtags/trending"));
    }

    [Fact]
    public async Task A_page_counts_videos_and_views_and_follows_publish_views_and_delete()
    {
        var tag = Cards.UniqueTag("page");
        var first = Cards.Published($"one #{tag}", [tag]);
        var second = Cards.Published($"two #{tag}", [tag, "other"]);
        await Service.PublishAsync(first);
        await Service.PublishAsync(second);
        await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "videoCount") == 2);

        await Service.PublishAsync(new VideoViewed("v1", first.VideoId, null, first.Creator.Id, 5000, 15000, 7, DateTimeOffset.UtcNow));
        await Service.PublishAsync(new VideoViewed("v2", second.VideoId, null, second.Creator.Id, 5000, 15000, 3, DateTimeOffset.UtcNow));
        await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "views") == 10);

        await Service.PublishAsync(new VideoDeleted(first.VideoId, first.Creator.Id, DateTimeOffset.UtcNow));
        var page = await Service.EventuallyAsync($"/api/hashtags/%23{tag.ToUpperInvariant()}", p => Long(p, "videoCount") == 1);
        Assert.Equal(3, Long(page, "views"));
        Assert.Equal(tag, page["tag"]!.GetValue<string>());
        Assert.Equal([second.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos")));
    }

    [Fact]
    public async Task Redelivered_and_reordered_events_change_nothing()
    {
        var tag = Cards.UniqueTag("idem");
        var video = Cards.Published($"again #{tag}", [tag]);
        await Service.PublishAsync(video);
        await Service.PublishAsync(new VideoViewed("a", video.VideoId, null, video.Creator.Id, 1, 1, 5, DateTimeOffset.UtcNow));
        // The same total again, and an older one overtaken by it: neither may count twice or take views back.
        await Service.PublishAsync(new VideoViewed("a", video.VideoId, null, video.Creator.Id, 1, 1, 5, DateTimeOffset.UtcNow));
        await Service.PublishAsync(new VideoViewed("b", video.VideoId, null, video.Creator.Id, 1, 1, 4, DateTimeOffset.UtcNow));
        await Service.PublishAsync(video);
        await Service.PublishAsync(new VideoLiked(video.VideoId, "u", video.Creator.Id, 2, DateTimeOffset.UtcNow));

        var page = await Service.EventuallyAsync($"/api/hashtags/{tag}/videos", p => First(p)?["stats"]!["likes"]!.GetValue<long>() == 2 && First(p)?["stats"]!["views"]!.GetValue<long>() == 5);
        // Later copies may still be in flight: give them time to (not) change anything.
        await Task.Delay(500);
        Assert.Equal(5, First(await Service.GetAsync($"/api/hashtags/{tag}/videos"))!["stats"]!["views"]!.GetValue<long>());
        Assert.Single(Ids(page));
        var summary = await Service.GetAsync($"/api/hashtags/{tag}");
        Assert.Equal((1, 5), (Long(summary, "videoCount"), Long(summary, "views")));
    }

    [Fact]
    public async Task A_late_VideoPublished_does_not_bring_a_deleted_video_back()
    {
        var tag = Cards.UniqueTag("late");
        var video = Cards.Published($"gone #{tag}", [tag]);
        var marker = Cards.Published($"marker #{tag}", [tag]);
        await Service.PublishAsync(new VideoDeleted(video.VideoId, video.Creator.Id, DateTimeOffset.UtcNow));
        var tombstones = Service.Services.GetRequiredService<Tombstones>();
        await ServiceHost.UntilAsync(() => tombstones.Contains(video.VideoId), "the delete being handled");
        await Service.PublishAsync(video);
        await Service.PublishAsync(marker);

        await Service.EventuallyAsync($"/api/hashtags/{tag}/videos", p => Ids(p).Contains(marker.VideoId));
        Assert.Equal([marker.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos")));
    }

    [Fact]
    public async Task Engagement_that_arrives_before_its_video_is_kept_for_it()
    {
        var tag = Cards.UniqueTag("early");
        var video = Cards.Published($"#{tag}", [tag]);
        await Service.PublishAsync(new VideoViewed("v", video.VideoId, null, video.Creator.Id, 1, 1, 9, DateTimeOffset.UtcNow));
        await Service.PublishAsync(new VideoLiked(video.VideoId, "u", video.Creator.Id, 4, DateTimeOffset.UtcNow));
        await Task.Delay(500);

        await Service.PublishAsync(video);

        var summary = await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "views") == 9);
        Assert.Equal(1, Long(summary, "videoCount"));
        Assert.Equal(4, First(await Service.GetAsync($"/api/hashtags/{tag}/videos"))!["stats"]!["likes"]!.GetValue<long>());
    }

    [Fact]
    public async Task Top_puts_the_engaged_video_first_and_recent_the_newest()
    {
        var tag = Cards.UniqueTag("top");
        var older = Cards.Published($"older #{tag}", [tag], at: DateTimeOffset.UtcNow.AddHours(-2));
        var newer = Cards.Published($"newer #{tag}", [tag], at: DateTimeOffset.UtcNow.AddMinutes(-5));
        await Service.PublishAsync(older);
        await Service.PublishAsync(newer);
        await Service.PublishAsync(new VideoShared("s", older.VideoId, null, older.Creator.Id, "link", 40, DateTimeOffset.UtcNow));
        await Service.PublishAsync(new CommentPosted("c", older.VideoId, "u", older.Creator.Id, null, "wow", 12, DateTimeOffset.UtcNow));

        var top = await Service.EventuallyAsync($"/api/hashtags/{tag}/videos?sort=top", p => Ids(p).Count() == 2 && Ids(p).First() == older.VideoId && p["items"]![0]!["stats"]!["comments"]!.GetValue<long>() == 12);
        Assert.Equal([older.VideoId, newer.VideoId], Ids(top));
        Assert.Equal(12, top["items"]![0]!["stats"]!["comments"]!.GetValue<long>());
        Assert.Equal([newer.VideoId, older.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos?sort=recent")));
    }

    [Fact]
    public async Task Pages_of_both_orders_never_repeat()
    {
        var tag = Cards.UniqueTag("pages");
        var videos = Enumerable.Range(0, 5).Select(i => Cards.Published($"v{i} #{tag}", [tag], minutesAfter: i)).ToList();
        foreach (var video in videos) await Service.PublishAsync(video);
        await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "videoCount") == 5);

        foreach (var sort in new[] { "recent", "top" })
        {
            var seen = new List<string>();
            string? cursor = null;
            do
            {
                var page = await Service.GetAsync($"/api/hashtags/{tag}/videos?sort={sort}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
                seen.AddRange(Ids(page));
                cursor = page["nextCursor"]?.GetValue<string>();
            }
            while (cursor is not null);
            Assert.Equal(videos.Select(v => v.VideoId).Order(), seen.Order());
        }
    }

    [Theory]
    [InlineData("/api/hashtags/dance/videos?sort=best", "sort")]
    [InlineData("/api/hashtags/dance/videos?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/hashtags/dance/videos?sort=top&cursor=not-a-cursor", "cursor")]
    [InlineData("/api/hashtags/%23", "tag")]
    [InlineData("/api/hashtags/suggest", "prefix")]
    [InlineData("/api/hashtags/suggest?prefix=%23%20", "prefix")]
    [InlineData("/api/hashtags/trending?window=2h", "window")]
    [InlineData("/api/sounds/trending?window=month", "window")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=dance&type=places", "type")]
    public async Task Bad_input_is_a_problem_naming_the_field(string url, string field)
    {
        var response = await Service.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }
}
