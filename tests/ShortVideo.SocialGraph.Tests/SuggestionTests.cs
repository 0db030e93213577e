using System.Text.Json.Nodes;

namespace ShortVideo.SocialGraph.Tests;

public sealed class SuggestionTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Suggestions_rank_by_mutual_connections_and_never_include_the_followed_the_blocked_or_yourself()
    {
        var me = await _app.RegisterAsync("me");
        var friends = new[] { await _app.RegisterAsync("f1"), await _app.RegisterAsync("f2") };
        var popular = await _app.RegisterAsync("popular");
        var lessKnown = await _app.RegisterAsync("lessknown");
        var blocked = await _app.RegisterAsync("blocked");
        var blocker = await _app.RegisterAsync("blocker");
        foreach (var friend in friends)
        {
            await me.Client.PutAsync($"/api/users/{friend.Handle}/follow");
            await friend.Client.PutAsync($"/api/users/{popular.Handle}/follow");
            await friend.Client.PutAsync($"/api/users/{blocked.Handle}/follow");
            await friend.Client.PutAsync($"/api/users/{blocker.Handle}/follow");
            await friend.Client.PutAsync($"/api/users/{me.Handle}/follow");
        }
        await friends[0].Client.PutAsync($"/api/users/{lessKnown.Handle}/follow");
        await me.Client.PutAsync($"/api/users/{blocked.Handle}/block");
        await blocker.Client.PutAsync($"/api/users/{me.Handle}/block");

        var page = await me.Client.GetJsonAsync("/api/users/me/suggestions");

        Assert.Equal([popular.Handle, lessKnown.Handle], Json.Handles(page));
        Assert.Equal([2, 1], page["items"]!.AsArray().Select(i => i!["mutualCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Creators_of_liked_videos_are_suggested_as_shared_interests_and_pages_go_on_by_cursor()
    {
        var me = await _app.RegisterAsync("me");
        var creators = new[] { await _app.RegisterAsync("c1"), await _app.RegisterAsync("c2") };
        foreach (var creator in creators) await me.Client.PutAsync($"/api/videos/{await _app.PublishVideoAsync(creator)}/like");

        var first = await me.Client.GetJsonAsync("/api/users/me/suggestions?limit=1");
        var second = await me.Client.GetJsonAsync($"/api/users/me/suggestions?limit=1&cursor={first["nextCursor"]}");

        Assert.Equal(creators.Select(c => c.Handle).Order(), Json.Handles(first).Concat(Json.Handles(second)).Order());
        Assert.Equal(1, first["items"]![0]!["sharedInterests"]!.GetValue<int>());
        Assert.Null(second["nextCursor"]);
    }
}
