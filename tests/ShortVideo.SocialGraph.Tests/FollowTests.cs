using System.Net;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class FollowTests : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app;

    public FollowTests(SocialGraphAppFixture fixture) => _app = fixture.App;

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
        Assert.Equal(1, Json.Stat(await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"), "following"));
        await Eventually.Holds(() => _app.Published<UserFollowed>(e => e.FollowerId == ana.Id && e.FolloweeId == ben.Id).Count == 1, "one UserFollowed");
        Assert.Single(_app.Published<UserFollowed>(e => e.FollowerId == ana.Id && e.FolloweeId == ben.Id));
    }
}
