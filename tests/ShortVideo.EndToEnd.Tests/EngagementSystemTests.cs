using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Likes, saves, views, shares, comments and notifications on a real published video, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class EngagementSystemTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task Engagement_counts_reach_the_video_card_and_the_creators_profile()
    {
        var creator = await Api.RegisterAsync(Gateway, "creator");
        var fan = await Api.RegisterAsync(Gateway, "fan");
        var video = await PeopleApi.PublishedVideoAsync(Gateway, creator.Token);

        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/videos/{video}/like", fan.Token));
        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/videos/{video}/like", fan.Token));
        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/videos/{video}/save", fan.Token));
        Assert.Equal(HttpStatusCode.Accepted, (await Gateway.PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 900 })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Gateway.SendAsync(HttpMethod.Post, $"/api/videos/{video}/views", fan.Token, JsonContent.Create(new { watchedMs = 1000 }))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Gateway.PostAsJsonAsync($"/api/videos/{video}/shares", new { channel = "copy-link" })).StatusCode);
        await Gateway.CommentIdAsync(video, fan.Token, "love it");
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Post, $"/api/videos/{video}/not-interested", fan.Token)).StatusCode);

        var card = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{video}"),
            v => (PeopleApi.Stat(v, "likes"), PeopleApi.Stat(v, "views"), PeopleApi.Stat(v, "shares"), PeopleApi.Stat(v, "comments")) == (1, 2, 1, 1),
            PeopleApi.Converge, "the counts on the video card");
        Assert.Equal(1, PeopleApi.Stat(card, "likes"));
        var profile = await Gateway.GetJsonAsync($"/api/users/{creator.Handle}");
        Assert.Equal((1, 1), (PeopleApi.Stat(profile, "videos"), PeopleApi.Stat(profile, "likes")));
        Assert.Equal([video], Api.Ids(await Gateway.GetJsonAsync("/api/users/me/saved", fan.Token)));
    }

    [Fact]
    public async Task A_deleted_comment_disappears_from_its_thread_and_from_the_counts()
    {
        var creator = await Api.RegisterAsync(Gateway, "creator");
        var fan = await Api.RegisterAsync(Gateway, "fan");
        var video = await PeopleApi.PublishedVideoAsync(Gateway, creator.Token);
        var doomed = await Gateway.CommentIdAsync(video, fan.Token, "rude");
        await Gateway.CommentIdAsync(video, creator.Token, "a reply that goes with it", doomed);
        var kept = await Gateway.CommentIdAsync(video, fan.Token, "kind");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{video}"), v => PeopleApi.Stat(v, "comments") == 3, PeopleApi.Converge, "three comments counted");

        Assert.Equal(HttpStatusCode.Forbidden, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/comments/{kept}", (await Api.RegisterAsync(Gateway, "stranger")).Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/comments/{doomed}", creator.Token)).StatusCode);

        Assert.Equal([kept], Api.Ids(await Gateway.GetJsonAsync($"/api/videos/{video}/comments")));
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/api/comments/{doomed}/replies")).StatusCode);
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{video}"), v => PeopleApi.Stat(v, "comments") == 1, PeopleApi.Converge, "the count dropping to one");
    }

    [Fact]
    public async Task A_comment_with_markup_comes_back_verbatim_as_a_json_string_never_as_html()
    {
        var creator = await Api.RegisterAsync(Gateway, "creator");
        var video = await PeopleApi.PublishedVideoAsync(Gateway, creator.Token);
        const string text = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";

        var posted = await Gateway.CommentAsync(video, creator.Token, text);
        var thread = await Gateway.GetAsync($"/api/videos/{video}/comments");

        foreach (var response in new[] { posted, thread })
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
        }
        var page = (await JsonNode.ParseAsync(await thread.Content.ReadAsStreamAsync()))!;
        Assert.Equal(text, page["items"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Follows_likes_comments_and_replies_notify_with_an_unread_count_until_read()
    {
        var creator = await Api.RegisterAsync(Gateway, "creator");
        var fan = await Api.RegisterAsync(Gateway, "fan");
        var video = await PeopleApi.PublishedVideoAsync(Gateway, creator.Token);
        var own = await Gateway.CommentIdAsync(video, creator.Token, "first!");

        await Gateway.PutAsync($"/api/users/{creator.Handle}/follow", fan.Token);
        await Gateway.PutAsync($"/api/videos/{video}/like", fan.Token);
        await Gateway.CommentIdAsync(video, fan.Token, "great");
        await Gateway.CommentIdAsync(video, fan.Token, "agreed", own);

        var page = await Gateway.GetJsonAsync("/api/notifications", creator.Token);
        Assert.Equal(["reply", "comment", "like", "follow"], page["items"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
        Assert.Equal(4, page["unreadCount"]!.GetValue<long>());
        Assert.Equal(video, page["items"]![1]!["videoId"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Post, "/api/notifications/read", creator.Token)).StatusCode);
        var read = await Gateway.GetJsonAsync("/api/notifications", creator.Token);
        Assert.Equal(0, read["unreadCount"]!.GetValue<long>());
        Assert.All(read["items"]!.AsArray(), n => Assert.True(n!["read"]!.GetValue<bool>()));
    }
}
