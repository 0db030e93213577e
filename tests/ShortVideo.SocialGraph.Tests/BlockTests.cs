using System.Net;
using System.Net.Http.Json;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class BlockTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Blocking_removes_follows_both_ways_and_publishes_the_unfollows_and_the_block()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow");
        await ben.Client.PutAsync($"/api/users/{ana.Handle}/follow");

        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.PutAsync($"/api/users/{ben.Handle}/block"));

        var profile = await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}");
        Assert.Equal(0, Json.Stat(profile, "followers"));
        Assert.Equal(0, Json.Stat(profile, "following"));
        Assert.True((await ana.Client.GetJsonAsync($"/api/users/{ben.Handle}"))["isBlocked"]!.GetValue<bool>());
        await Eventually.Holds(() => _app.Published<UserBlocked>(e => e.BlockerId == ana.Id && e.BlockedId == ben.Id).Count == 1, "UserBlocked");
        Assert.Single(_app.Published<UserUnfollowed>(e => e.FollowerId == ana.Id && e.FolloweeId == ben.Id));
        Assert.Single(_app.Published<UserUnfollowed>(e => e.FollowerId == ben.Id && e.FolloweeId == ana.Id));
    }

    [Fact]
    public async Task A_blocked_user_cannot_follow_like_comment_or_see_the_profile_and_comments()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        var video = await _app.PublishVideoAsync(ana);
        var anaComment = await (await ana.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "mine" })).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>();
        await ana.Client.PutAsync($"/api/users/{ben.Handle}/block");

        Assert.Equal(HttpStatusCode.Forbidden, await ben.Client.PutAsync($"/api/users/{ana.Handle}/follow"));
        Assert.Equal(HttpStatusCode.Forbidden, await ben.Client.PutAsync($"/api/videos/{video}/like"));
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await ben.Client.PutAsync($"/api/comments/{anaComment!["id"]}/like"));
        Assert.Equal(HttpStatusCode.NotFound, (await ben.Client.GetAsync($"/api/users/{ana.Handle}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.Client.GetAsync($"/api/users/{ana.Handle}/followers")).StatusCode);
        Assert.Empty(Json.Ids(await ben.Client.GetJsonAsync($"/api/videos/{video}/comments")));
        Assert.Single(Json.Ids(await _app.CreateClient().GetJsonAsync($"/api/videos/{video}/comments")));
        Assert.Equal(0, Json.Stat(await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"), "followers"));
    }

    [Fact]
    public async Task The_blocker_cannot_follow_the_blocked_either_and_unblocking_allows_it_again()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        await ana.Client.PutAsync($"/api/users/{ben.Handle}/block");

        Assert.Equal(HttpStatusCode.Forbidden, await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow"));
        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.DeleteStatusAsync($"/api/users/{ben.Handle}/block"));
        Assert.Equal(HttpStatusCode.NoContent, await ben.Client.PutAsync($"/api/users/{ana.Handle}/follow"));

        await Eventually.Holds(() => _app.Published<UserUnblocked>(e => e.BlockerId == ana.Id && e.BlockedId == ben.Id).Count == 1, "UserUnblocked");
        Assert.Equal(1, Json.Stat(await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"), "followers"));
    }

    [Fact]
    public async Task Blocking_yourself_is_refused()
    {
        var ana = await _app.RegisterAsync("ana");

        Assert.Equal(HttpStatusCode.BadRequest, await ana.Client.PutAsync($"/api/users/{ana.Handle}/block"));
    }
}
