using System.Net;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class FollowTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Following_twice_makes_one_edge_counted_once_and_one_event()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");

        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow"));
        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow"));

        var profile = await ana.Client.GetJsonAsync($"/api/users/{ben.Handle}");
        Assert.Equal(1, Json.Stat(profile, "followers"));
        Assert.True(profile["isFollowing"]!.GetValue<bool>());
        Assert.False(profile["followsYou"]!.GetValue<bool>());
        Assert.Equal(1, Json.Stat(await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"), "following"));
        await Eventually.Holds(() => _app.Published<UserFollowed>(e => e.FollowerId == ana.Id && e.FolloweeId == ben.Id).Count == 1, "one UserFollowed");
    }

    [Fact]
    public async Task Two_users_following_each_other_from_many_requests_at_once_make_exactly_one_edge_each_way()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");

        var requests = Enumerable.Range(0, 20).SelectMany(_ => new[]
        {
            ana.Client.PutAsync($"/api/users/{ben.Handle}/follow"),
            ben.Client.PutAsync($"/api/users/{ana.Handle}/follow"),
        });
        Assert.All(await Task.WhenAll(requests), status => Assert.Equal(HttpStatusCode.NoContent, status));

        foreach (var user in new[] { ana, ben })
        {
            var profile = await user.Client.GetJsonAsync($"/api/users/{user.Handle}");
            Assert.Equal(1, Json.Stat(profile, "followers"));
            Assert.Equal(1, Json.Stat(profile, "following"));
            Assert.Single(Json.Ids(await user.Client.GetJsonAsync($"/api/users/{user.Handle}/followers")));
        }
        await Eventually.Holds(() => _app.Published<UserFollowed>(e => e.FollowerId == ana.Id).Count == 1 && _app.Published<UserFollowed>(e => e.FollowerId == ben.Id).Count == 1, "one event each way");
        await Task.Delay(300);
        Assert.Single(_app.Published<UserFollowed>(e => e.FollowerId == ana.Id));
        Assert.Single(_app.Published<UserFollowed>(e => e.FollowerId == ben.Id));
    }

    [Fact]
    public async Task Unfollowing_drops_the_edge_and_counts_and_publishes_once()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow");

        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.DeleteStatusAsync($"/api/users/{ben.Handle}/follow"));
        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.DeleteStatusAsync($"/api/users/{ben.Handle}/follow"));

        Assert.Equal(0, Json.Stat(await ana.Client.GetJsonAsync($"/api/users/{ben.Handle}"), "followers"));
        Assert.Empty(Json.Ids(await ana.Client.GetJsonAsync($"/api/users/{ben.Handle}/followers")));
        await Eventually.Holds(() => _app.Published<UserUnfollowed>(e => e.FollowerId == ana.Id).Count == 1, "one UserUnfollowed");
    }

    [Fact]
    public async Task Following_yourself_or_nobody_is_refused()
    {
        var ana = await _app.RegisterAsync("ana");

        var self = await ana.Client.PutAsync($"/api/users/{ana.Handle}/follow", null);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("handle", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, await ana.Client.PutAsync("/api/users/nobody_here_at_all/follow"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().PutAsync($"/api/users/{ana.Handle}/follow", null)).StatusCode);
    }

    [Fact]
    public async Task Followers_pages_neither_repeat_nor_skip_while_people_follow_and_unfollow()
    {
        var star = await _app.RegisterAsync("star");
        var fans = new List<TestUser>();
        for (var i = 0; i < 7; i++)
        {
            var fan = await _app.RegisterAsync("fan");
            await fan.Client.PutAsync($"/api/users/{star.Handle}/follow");
            fans.Add(fan);
        }

        var first = await star.Client.GetJsonAsync($"/api/users/{star.Handle}/followers?limit=3");
        Assert.Equal(fans[^3..].Select(f => f.Handle).Reverse(), Json.Handles(first));
        var late = await _app.RegisterAsync("late");
        await late.Client.PutAsync($"/api/users/{star.Handle}/follow");
        await fans[0].Client.DeleteAsync($"/api/users/{star.Handle}/follow");

        var seen = Json.Handles(first).ToList();
        var cursor = first["nextCursor"]!.GetValue<string>();
        while (cursor is not null)
        {
            var page = await star.Client.GetJsonAsync($"/api/users/{star.Handle}/followers?limit=3&cursor={cursor}");
            seen.AddRange(Json.Handles(page));
            cursor = page["nextCursor"]?.GetValue<string>();
        }

        Assert.Equal(fans[1..].Select(f => f.Handle).Reverse(), seen);
    }

    [Fact]
    public async Task Following_lists_newest_first_and_mutuals_are_the_people_who_follow_back()
    {
        var ana = await _app.RegisterAsync("ana");
        var back = await _app.RegisterAsync("back");
        var oneWay = await _app.RegisterAsync("oneway");
        await ana.Client.PutAsync($"/api/users/{back.Handle}/follow");
        await ana.Client.PutAsync($"/api/users/{oneWay.Handle}/follow");
        await back.Client.PutAsync($"/api/users/{ana.Handle}/follow");

        Assert.Equal([oneWay.Handle, back.Handle], Json.Handles(await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}/following")));
        Assert.Equal([back.Handle], Json.Handles(await _app.CreateClient().GetJsonAsync($"/api/users/{ana.Handle}/mutuals")));
    }

    [Fact]
    public async Task A_cursor_this_service_did_not_issue_is_refused_naming_the_field()
    {
        var ana = await _app.RegisterAsync("ana");

        var response = await ana.Client.GetAsync($"/api/users/{ana.Handle}/followers?cursor=bm9wZQ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cursor", await response.Content.ReadAsStringAsync());
    }
}
