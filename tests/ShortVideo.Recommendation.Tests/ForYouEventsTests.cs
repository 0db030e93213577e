using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Recommendation.Domain;
using ShortVideo.ServiceDefaults.Http;
using Xunit.Abstractions;

namespace ShortVideo.Recommendation.Tests;

/// <summary>
/// The acceptance rules of the For You and Following feeds, through the service's HTTP API with
/// the events that other services publish arriving over RabbitMQ. Each test makes its own users,
/// creators and videos (hashtags carry a per-test suffix), so tests share one host safely.
/// </summary>
[Collection(RecommenderCollection.Name)]
public sealed class ForYouEventsTests(RecommenderHost host, ITestOutputHelper output)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly World _world = new(host);
    private readonly string _suffix = World.NewId()[..6];

    private string Tag(string name) => $"{name}{_suffix}";

    [Fact]
    public async Task Liking_and_finishing_cats_while_skipping_cars_brings_more_cats_on_the_next_page()
    {
        var (cats, cars) = (Tag("cats"), Tag("cars"));
        var creators = Enumerable.Range(0, 12).Select(_ => World.NewId()).ToList();
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 48).Select(i => (creators[i % 12], new[] { i % 2 == 0 ? cats : cars, Tag("misc") })));
        var user = World.NewId();

        var first = await host.GetPageAsync("/api/feed/foryou?limit=10", user);
        foreach (var video in videos.Where(v => v.Hashtags[0] == cats).Take(4))
        {
            await _world.ViewAsync(user, video, 1.0);
            await _world.LikeAsync(user, video);
        }
        foreach (var video in videos.Where(v => v.Hashtags[0] == cars).Take(4)) await _world.ViewAsync(user, video, 0.07);

        var (next, elapsed) = await World.Eventually(() => host.GetPageAsync($"/api/feed/foryou?limit=10&cursor={first.NextCursor}", user),
            p => Count(p, cats) > Count(p, cars), "more #cats than #cars on the next page");
        output.WriteLine($"first page: {Count(first, cats)} cats, {Count(first, cars)} cars; next page after {elapsed.TotalMilliseconds:0} ms: {Count(next, cats)} cats, {Count(next, cars)} cars");
        Assert.True(Count(next, cats) >= 6, $"the next page has {Count(next, cats)} #cats of 10");
        Assert.Contains(next.Items, i => i.Reason!.Source == "hashtag" && i.Reason.Detail.Contains(cats, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_interested_removes_that_creators_videos()
    {
        var creator = World.NewId();
        var others = Enumerable.Range(0, 3).Select(_ => World.NewId()).ToList();
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 12).Select(i => (i < 6 ? creator : others[i % 3], new[] { Tag("dance") })));
        var user = World.NewId();
        await _world.FollowAsync(user, creator);
        await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=20", user), p => p.Items.Any(i => i.Creator.Id == creator), "the followed creator in For You");

        await _world.NotInterestedAsync(user, videos[0]);

        var (page, elapsed) = await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=50", user),
            p => p.Items.All(i => i.Creator.Id != creator), "the creator leaving For You");
        output.WriteLine($"creator gone {elapsed.TotalMilliseconds:0} ms after NotInterested");
        Assert.NotEmpty(page.Items);
        await AssertNeverAsync(user, i => i.Creator.Id == creator);
    }

    [Fact]
    public async Task A_seen_video_never_returns()
    {
        var creators = Enumerable.Range(0, 4).Select(_ => World.NewId()).ToList();
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 8).Select(i => (creators[i % 4], new[] { Tag("skate") })));
        var user = World.NewId();
        await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=100", user), p => p.Items.Any(i => i.Id == videos[0].VideoId), "the video offered before it is seen");

        await _world.ViewAsync(user, videos[0], 0.5);

        await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=100", user), p => p.Items.All(i => i.Id != videos[0].VideoId), "the seen video leaving For You");
        await AssertNeverAsync(user, i => i.Id == videos[0].VideoId);
    }

    [Fact]
    public async Task A_blocked_creator_never_appears_either_way()
    {
        var creator = World.NewId();
        var other = World.NewId();
        await _world.PublishManyAsync(Enumerable.Range(0, 8).Select(i => (i < 4 ? creator : other, new[] { Tag("food") })));
        var (blocker, blockedViewer) = (World.NewId(), World.NewId());
        await _world.FollowAsync(blocker, creator);
        await World.Eventually(() => host.GetPageAsync("/api/feed/following", blocker), p => p.Items.Count == 4, "the Following feed");

        await _world.BlockAsync(blocker, creator);
        await _world.BlockAsync(creator, blockedViewer);

        await World.Eventually(() => host.GetPageAsync("/api/feed/following", blocker), p => p.Items.Count == 0, "the blocked creator leaving Following");
        await AssertNeverAsync(blocker, i => i.Creator.Id == creator);
        await AssertNeverAsync(blockedViewer, i => i.Creator.Id == creator);
        Assert.Contains((await host.GetPageAsync("/api/feed/foryou?limit=100", blocker)).Items, i => i.Creator.Id == other);
    }

    [Fact]
    public async Task A_followed_creators_new_video_is_in_Following_within_a_second_of_VideoPublished()
    {
        var creator = World.NewId();
        var fan = World.NewId();
        await _world.FollowAsync(fan, creator);
        await _world.PublishManyAsync([(creator, [Tag("old")])]);
        await World.Eventually(() => host.GetPageAsync("/api/feed/following", fan), p => p.Items.Count == 1, "the follow and the first video");

        var video = await _world.PublishAsync(creator, Tag("new"));

        var (page, elapsed) = await World.Eventually(() => host.GetPageAsync("/api/feed/following", fan), p => p.Items.Any(i => i.Id == video.VideoId),
            "the new video in Following", Second);
        output.WriteLine($"in Following {elapsed.TotalMilliseconds:0} ms after VideoPublished");
        Assert.Equal(video.VideoId, page.Items[0].Id);
        Assert.Equal("following", page.Items[0].Reason!.Source);
    }

    [Fact]
    public async Task Finishing_and_liking_a_video_changes_the_next_page_within_a_second()
    {
        var creators = Enumerable.Range(0, 6).Select(_ => World.NewId()).ToList();
        var (mine, theirs) = (Tag("knit"), Tag("golf"));
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 24).Select(i => (creators[i % 6], new[] { i < 12 ? theirs : mine })));
        var user = World.NewId();
        var first = await host.GetPageAsync("/api/feed/foryou?limit=5", user);

        var liked = videos.First(v => v.Hashtags[0] == mine);
        await _world.ViewAsync(user, liked, 1.0);
        await _world.LikeAsync(user, liked);

        var (next, elapsed) = await World.Eventually(() => host.GetPageAsync($"/api/feed/foryou?limit=5&cursor={first.NextCursor}", user),
            p => p.Items.Any(i => i.Reason!.Source == "hashtag" && i.Hashtags.Contains(mine)), "a liked hashtag on the next page", Second);
        output.WriteLine($"next page changed {elapsed.TotalMilliseconds:0} ms after VideoLiked");
        Assert.Equal(next.Items.Count, next.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_signed_out_reader_gets_a_diverse_mix_with_reasons_and_no_creator_twice_in_a_row()
    {
        var creators = Enumerable.Range(0, 10).Select(_ => World.NewId()).ToList();
        var tags = Enumerable.Range(0, 5).Select(i => Tag($"t{i}")).ToList();
        await _world.PublishManyAsync(Enumerable.Range(0, 40).Select(i => (creators[i % 10], new[] { tags[i % 5] })));

        var page = await host.GetPageAsync("/api/feed/foryou?limit=20", null);

        Assert.Equal(20, page.Items.Count);
        Assert.All(page.Items, i => Assert.False(string.IsNullOrEmpty(i.Reason?.Source) || string.IsNullOrEmpty(i.Reason.Detail)));
        Assert.All(page.Items.Zip(page.Items.Skip(1)), pair => Assert.NotEqual(pair.First.Creator.Id, pair.Second.Creator.Id));
        Assert.True(page.Items.SelectMany(i => i.Hashtags).Distinct().Count() >= 4, "at least four hashtags on a cold-start page");
    }

    [Fact]
    public async Task A_session_never_repeats_a_video_and_a_repeated_cursor_gets_the_same_page()
    {
        var creators = Enumerable.Range(0, 8).Select(_ => World.NewId()).ToList();
        await _world.PublishManyAsync(Enumerable.Range(0, 30).Select(i => (creators[i % 8], new[] { Tag("walk") })));
        var user = World.NewId();
        var seen = new List<string>();
        string? cursor = null;
        string? lastCreator = null;
        for (var n = 0; n < 4; n++)
        {
            var url = "/api/feed/foryou?limit=7" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await host.GetPageAsync(url, user);
            var again = await host.GetPageAsync(url, user);
            Assert.Equal(page.Items.Select(i => i.Id), again.Items.Select(i => i.Id));
            Assert.NotEqual(lastCreator, page.Items[0].Creator.Id);
            seen.AddRange(page.Items.Select(i => i.Id));
            (cursor, lastCreator) = (page.NextCursor, page.Items[^1].Creator.Id);
        }
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_forged_or_someone_elses_cursor_is_refused_with_a_problem()
    {
        await _world.PublishManyAsync([(World.NewId(), [Tag("x")]), (World.NewId(), [Tag("x")])]);
        var page = await host.GetPageAsync("/api/feed/foryou?limit=1", World.NewId());

        var forged = await host.GetAsync("/api/feed/foryou?cursor=bm90LWEtY3Vyc29y", null);
        var stolen = await host.GetAsync($"/api/feed/foryou?cursor={page.NextCursor}", World.NewId());
        var skipped = await host.GetAsync($"/api/feed/foryou?cursor={new Feeds.SessionCursor(World.NewId(), 5).Encode()}", null);

        foreach (var response in new[] { forged, stolen, skipped })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("cursor", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Own_and_deleted_videos_never_appear()
    {
        var user = World.NewId();
        var other = World.NewId();
        var videos = await _world.PublishManyAsync([(user, [Tag("me")]), (other, [Tag("me")]), (World.NewId(), [Tag("me")])]);
        await _world.DeleteAsync(videos[1]);
        var catalog = host.Services.GetRequiredService<Catalog>();
        await World.Eventually(() => Task.FromResult(catalog.Find(videos[1].VideoId)), v => v is null, "the deletion reaching the catalogue");

        await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=100", user), p => p.Items.Any(i => i.Id == videos[2].VideoId), "the third video offered");
        await AssertNeverAsync(user, i => i.Id == videos[0].VideoId || i.Id == videos[1].VideoId);
    }

    [Fact]
    public async Task Following_needs_a_token()
    {
        var response = await host.GetAsync("/api/feed/following", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Walks a fresh session to its end (or 20 pages) and checks no item matches.</summary>
    private async Task AssertNeverAsync(string userId, Func<VideoCard, bool> forbidden)
    {
        string? cursor = null;
        for (var n = 0; n < 20; n++)
        {
            var page = await host.GetPageAsync("/api/feed/foryou?limit=100" + (cursor is null ? "" : $"&cursor={cursor}"), userId);
            Assert.DoesNotContain(page.Items, i => forbidden(i));
            if ((cursor = page.NextCursor) is null) return;
        }
    }

    private static int Count(Page<VideoCard> page, string tag) => page.Items.Count(i => i.Hashtags.Contains(tag));
}
