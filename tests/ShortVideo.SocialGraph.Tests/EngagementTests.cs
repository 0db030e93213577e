using System.Net;
using System.Net.Http.Json;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class EngagementTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Likes_are_idempotent_and_count_on_the_event_and_the_creators_profile()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var other = await _app.RegisterAsync("other");
        var video = await _app.PublishVideoAsync(creator);

        await fan.Client.PutAsync($"/api/videos/{video}/like");
        await fan.Client.PutAsync($"/api/videos/{video}/like");
        await other.Client.PutAsync($"/api/videos/{video}/like");
        await other.Client.DeleteAsync($"/api/videos/{video}/like");

        var profile = await fan.Client.GetJsonAsync($"/api/users/{creator.Handle}");
        Assert.Equal(1, Json.Stat(profile, "likes"));
        Assert.Equal(1, Json.Stat(profile, "videos"));
        await Eventually.Holds(() => _app.Published<VideoUnliked>(e => e.VideoId == video).Count == 1, "VideoUnliked");
        Assert.Equal([1L, 2L], _app.Published<VideoLiked>(e => e.VideoId == video).Select(e => e.LikeCount).Order());
        Assert.Equal(1, _app.Published<VideoUnliked>(e => e.VideoId == video).Single().LikeCount);
    }

    [Fact]
    public async Task Saved_videos_are_listed_newest_first_as_cards_and_unsaving_removes_them()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var first = await _app.PublishVideoAsync(creator);
        var second = await _app.PublishVideoAsync(creator);

        await fan.Client.PutAsync($"/api/videos/{first}/save");
        await fan.Client.PutAsync($"/api/videos/{second}/save");
        await fan.Client.PutAsync($"/api/videos/{second}/save");
        var saved = await fan.Client.GetJsonAsync("/api/users/me/saved");
        Assert.Equal([second, first], Json.Ids(saved));
        Assert.Equal(creator.Handle, saved["items"]![0]!["creator"]!["handle"]!.GetValue<string>());

        await fan.Client.DeleteAsync($"/api/videos/{second}/save");
        Assert.Equal([first], Json.Ids(await fan.Client.GetJsonAsync("/api/users/me/saved")));
        await Eventually.Holds(() => _app.Published<VideoUnsaved>(e => e.VideoId == second).Count == 1, "VideoUnsaved");
        Assert.Single(_app.Published<VideoSaved>(e => e.VideoId == second));
    }

    [Fact]
    public async Task Views_count_anonymous_and_attributed_watchers_with_watch_time()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);

        Assert.Equal(HttpStatusCode.Accepted, (await _app.CreateClient().PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 1200 })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await fan.Client.PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 3000 })).StatusCode);

        await Eventually.Holds(() => _app.Published<VideoViewed>(e => e.VideoId == video).Count == 2, "two VideoViewed");
        var views = _app.Published<VideoViewed>(e => e.VideoId == video).OrderBy(e => e.ViewCount).ToList();
        Assert.Equal((null, 1200, 1L), (views[0].UserId, views[0].WatchedMs, views[0].ViewCount));
        Assert.Equal((fan.Id, 3000, 2L, 3000), (views[1].UserId, views[1].WatchedMs, views[1].ViewCount, views[1].DurationMs));
    }

    [Theory]
    [InlineData("{\"watchedMs\":-1}")]
    [InlineData("{}")]
    public async Task A_view_without_a_sane_watch_time_is_refused(string body)
    {
        var creator = await _app.RegisterAsync("creator");
        var video = await _app.PublishVideoAsync(creator);

        var response = await _app.CreateClient().PostAsync($"/api/videos/{video}/views", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("watchedMs", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shares_count_and_name_their_channel()
    {
        var creator = await _app.RegisterAsync("creator");
        var video = await _app.PublishVideoAsync(creator);

        Assert.Equal(HttpStatusCode.Accepted, (await _app.CreateClient().PostAsJsonAsync($"/api/videos/{video}/shares", new { channel = "whatsapp" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await _app.CreateClient().PostAsJsonAsync($"/api/videos/{video}/shares", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.CreateClient().PostAsJsonAsync($"/api/videos/{video}/shares", new { channel = "<b>" })).StatusCode);

        await Eventually.Holds(() => _app.Published<VideoShared>(e => e.VideoId == video).Count == 2, "two VideoShared");
        Assert.Equal(["link", "whatsapp"], _app.Published<VideoShared>(e => e.VideoId == video).Select(e => e.Channel).Order());
    }

    [Fact]
    public async Task Not_interested_publishes_once_with_the_creator()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);

        Assert.Equal(HttpStatusCode.NoContent, (await fan.Client.PostAsync($"/api/videos/{video}/not-interested", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fan.Client.PostAsync($"/api/videos/{video}/not-interested", null)).StatusCode);

        await Eventually.Holds(() => _app.Published<NotInterested>(e => e.VideoId == video).Count == 1, "NotInterested");
        Assert.Equal(creator.Id, _app.Published<NotInterested>(e => e.VideoId == video).Single().CreatorId);
    }

    [Fact]
    public async Task Engagement_on_an_unknown_video_is_not_found()
    {
        var fan = await _app.RegisterAsync("fan");

        Assert.Equal(HttpStatusCode.NotFound, await fan.Client.PutAsync("/api/videos/nope/like"));
        Assert.Equal(HttpStatusCode.NotFound, (await fan.Client.PostAsJsonAsync("/api/videos/nope/views", new { watchedMs = 1 })).StatusCode);
    }

    [Fact]
    public async Task A_deleted_video_leaves_its_creators_counts()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);
        await fan.Client.PutAsync($"/api/videos/{video}/like");

        await _app.Harness.Bus.Publish(new VideoDeleted(video, creator.Id, DateTimeOffset.UtcNow));

        await Eventually.Async(async () => Json.Stat(await fan.Client.GetJsonAsync($"/api/users/{creator.Handle}"), "videos") == 0, "the video to leave the count");
        Assert.Equal(0, Json.Stat(await fan.Client.GetJsonAsync($"/api/users/{creator.Handle}"), "likes"));
    }
}
