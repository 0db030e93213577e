using System.Net;
using System.Net.Http.Json;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

/// <summary>A signed-out viewer's visitor id (<c>X-Visitor-Id</c>) travels on their view and share events; a signed-in one's never does.</summary>
public sealed class VisitorEngagementTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private const string Header = "X-Visitor-Id";
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Signed_out_views_and_shares_carry_the_visitor_id_and_signed_in_ones_do_not()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);
        var visitor = Guid.NewGuid().ToString("N");
        var signedOut = _app.CreateClient();
        signedOut.DefaultRequestHeaders.Add(Header, visitor);
        fan.Client.DefaultRequestHeaders.Add(Header, "ignored-when-signed-in");

        Assert.Equal(HttpStatusCode.Accepted, (await signedOut.PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 800 })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await signedOut.PostAsJsonAsync($"/api/videos/{video}/shares", new { channel = "link" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await fan.Client.PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 900 })).StatusCode);

        await Eventually.Holds(() => _app.Published<VideoViewed>(e => e.VideoId == video).Count == 2 && _app.Published<VideoShared>(e => e.VideoId == video).Count == 1, "the events");
        var views = _app.Published<VideoViewed>(e => e.VideoId == video).OrderBy(e => e.ViewCount).ToList();
        Assert.Equal((null, visitor), (views[0].UserId, views[0].VisitorId));
        Assert.Equal((fan.Id, null), (views[1].UserId, views[1].VisitorId));
        Assert.Equal(visitor, _app.Published<VideoShared>(e => e.VideoId == video).Single().VisitorId);
    }

    [Fact]
    public async Task A_malformed_visitor_id_is_refused_naming_the_header_and_counts_nothing()
    {
        var creator = await _app.RegisterAsync("creator");
        var video = await _app.PublishVideoAsync(creator);
        var bad = _app.CreateClient();
        bad.DefaultRequestHeaders.Add(Header, "too-short");

        var view = await bad.PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 800 });
        var share = await bad.PostAsJsonAsync($"/api/videos/{video}/shares", new { channel = "link" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (view.StatusCode, share.StatusCode));
        Assert.Contains(Header, await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var counted = await _app.CreateClient().PostAsJsonAsync($"/api/videos/{video}/views", new { watchedMs = 800 });
        Assert.Equal(1, (await counted.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>())!["views"]!.GetValue<long>());
    }
}
