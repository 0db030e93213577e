using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// The For You and Following rules through the gateway, with engagement posted on the public API
/// (views with watchedMs, likes, not-interested, blocks, follows) and real uploaded videos. Each
/// test makes its own creators, viewers and videos, with per-test hashtags.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ForYouFeedTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private HttpClient Gateway => system.Gateway;

    private static Task<byte[]> ClipAsync() => Api.GenerateClipAsync(360, 640, 1);

    private static string Id(JsonNode item) => item["id"]!.GetValue<string>();

    [Fact]
    public async Task A_viewer_who_likes_and_finishes_cats_and_skips_cars_gets_cats_first_on_the_next_page()
    {
        var (cats, cars) = ($"cats{_suffix}", $"cars{_suffix}");
        var posted = await FeedApi.PostTaggedAsync(Gateway, await ClipAsync(), "feedc", cats, cars);
        var viewer = await Api.RegisterAsync(Gateway, "viewer");
        var first = await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token),
            p => posted.All(v => FeedApi.Items(p).Any(i => Id(i) == v.Id)), Converge, "every new video in For You");

        var (watched, skipped) = (posted.Where(v => v.Tag == cats).Take(2).ToList(), posted.Where(v => v.Tag == cars).Take(2).ToList());
        foreach (var v in watched)
        {
            await FeedApi.ViewAsync(Gateway, viewer.Token, v.Id, v.DurationMs);
            await FeedApi.LikeAsync(Gateway, viewer.Token, v.Id);
        }
        foreach (var v in skipped) await FeedApi.ViewAsync(Gateway, viewer.Token, v.Id, 100);

        var remaining = posted.Except(watched).Except(skipped).ToList();
        var next = await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token), p =>
        {
            var ids = FeedApi.Items(p).Select(Id).ToList();
            var catsAt = remaining.Where(v => v.Tag == cats).Select(v => ids.IndexOf(v.Id)).ToList();
            var carsAt = remaining.Where(v => v.Tag == cars).Select(v => ids.IndexOf(v.Id)).Where(i => i >= 0).ToList();
            // Views travel as events: wait until every one of them has reached the feed, not just the first.
            var seenGone = watched.Concat(skipped).All(v => !ids.Contains(v.Id));
            return seenGone && catsAt.All(i => i >= 0) && catsAt.All(c => carsAt.All(r => c < r));
        }, Converge, "the seen videos gone and the unseen #cats ahead of the unseen #cars");

        var items = FeedApi.Items(next).ToList();
        Assert.DoesNotContain(items, i => watched.Concat(skipped).Any(v => v.Id == Id(i)));
        Assert.Contains(items, i => i["reason"]!["source"]!.GetValue<string>() is "hashtag" or "creator" or "sound" && i["hashtags"]!.AsArray().Any(t => t!.GetValue<string>() == cats));
        output.WriteLine($"first page had {FeedApi.Items(first).Count()} items; next: {string.Join(", ", items.Take(6).Select(i => $"{i["hashtags"]![0]} ({i["reason"]!["source"]})"))}");
    }

    [Fact]
    public async Task Not_interested_removes_that_creators_videos()
    {
        var clip = await ClipAsync();
        var creator = await Api.RegisterAsync(Gateway, "boring");
        var videos = new[] { await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, clip, $"one #ni{_suffix}"), await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, clip, $"two #ni{_suffix}") };
        var viewer = await Api.RegisterAsync(Gateway, "picky");
        await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token), p => FeedApi.Items(p).Any(i => Id(i) == videos[1].Id), Converge, "the creator's video in For You");

        await FeedApi.NotInterestedAsync(Gateway, viewer.Token, videos[0].Id);

        await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token),
            p => FeedApi.Items(p).All(i => i["creator"]!["id"]!.GetValue<string>() != creator.UserId), Converge, "the creator leaving For You");
        Assert.DoesNotContain(await FeedApi.WholeSessionAsync(Gateway, viewer.Token), i => i["creator"]!["id"]!.GetValue<string>() == creator.UserId);
    }

    [Fact]
    public async Task A_seen_video_never_returns()
    {
        var clip = await ClipAsync();
        var creator = await Api.RegisterAsync(Gateway, "seen");
        var (id, duration) = await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, clip, $"watch me #seen{_suffix}");
        var viewer = await Api.RegisterAsync(Gateway, "watcher");
        await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token), p => FeedApi.Items(p).Any(i => Id(i) == id), Converge, "the video in For You");

        await FeedApi.ViewAsync(Gateway, viewer.Token, id, duration / 2);

        await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token), p => FeedApi.Items(p).All(i => Id(i) != id), Converge, "the seen video leaving For You");
        for (var n = 0; n < 3; n++) Assert.DoesNotContain(await FeedApi.WholeSessionAsync(Gateway, viewer.Token), i => Id(i) == id);
    }

    [Fact]
    public async Task A_blocked_creator_never_appears()
    {
        var clip = await ClipAsync();
        var creator = await Api.RegisterAsync(Gateway, "blocked");
        var (id, _) = await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, clip, $"hello #blk{_suffix}");
        var viewer = await Api.RegisterAsync(Gateway, "blocker");
        await FeedApi.FollowAsync(Gateway, viewer.Token, creator.Handle);
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/following", viewer.Token), p => Api.Ids(p).Contains(id), Converge, "the video in Following");

        await FeedApi.BlockAsync(Gateway, viewer.Token, creator.Handle);

        await Api.EventuallyAsync(() => FeedApi.ForYouAsync(Gateway, viewer.Token), p => FeedApi.Items(p).All(i => Id(i) != id), Converge, "the blocked creator leaving For You");
        Assert.DoesNotContain(await FeedApi.WholeSessionAsync(Gateway, viewer.Token), i => i["creator"]!["id"]!.GetValue<string>() == creator.UserId);
        Assert.DoesNotContain(id, Api.Ids(await Gateway.GetJsonAsync("/api/feed/following", viewer.Token)));
    }

    [Fact]
    public async Task A_followed_creators_new_video_is_in_Following_within_a_second_of_being_published()
    {
        var clip = await ClipAsync();
        var creator = await Api.RegisterAsync(Gateway, "star");
        var fan = await Api.RegisterAsync(Gateway, "fan");
        await FeedApi.FollowAsync(Gateway, fan.Token, creator.Handle);
        var earlier = await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, clip, "first");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/following", fan.Token), p => Api.Ids(p).Contains(earlier.Id), Converge, "the follow and the first video");

        var accepted = await Api.UploadAsync(Gateway, creator.Token, clip, "clip.mp4", "second");
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        // "ready" and VideoPublished are written in one transaction by the upload service: ready is when it is published.
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", FeedApi.Ready, "transcoding");
        var clock = Stopwatch.StartNew();
        var page = await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/following", fan.Token), p => Api.Ids(p).Contains(id), Second, "the new video in Following");
        output.WriteLine($"in Following {clock.ElapsedMilliseconds} ms after the video read as ready");

        Assert.Equal([id, earlier.Id], Api.Ids(page).Take(2));
    }
}
