using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.SocialGraph.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly SocialGraphApp _app = new(new()
    {
        ["SocialGraph:Follows:PermitLimit"] = "3",
        ["SocialGraph:Follows:Window"] = "00:01:00",
        ["SocialGraph:Comments:PermitLimit"] = "2",
        ["SocialGraph:Likes:PermitLimit"] = "2",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Follows_past_the_limit_get_429_with_retry_after_for_that_user_only()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        var cat = await _app.RegisterAsync("cat");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.NoContent, await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow"));
        var refused = await ana.Client.PutAsync($"/api/users/{ben.Handle}/follow", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", problem["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, await cat.Client.PutAsync($"/api/users/{ben.Handle}/follow"));
    }

    [Fact]
    public async Task Comments_and_likes_have_their_own_limits()
    {
        var ana = await _app.RegisterAsync("ana");
        var video = await _app.PublishVideoAsync(ana);

        var comments = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) comments.Add((await ana.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = $"c{i}" })).StatusCode);
        var likes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) likes.Add(await ana.Client.PutAsync($"/api/videos/{video}/like"));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], comments);
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.TooManyRequests], likes);
        Assert.Equal(2, Json.Ids(await ana.Client.GetJsonAsync($"/api/videos/{video}/comments")).Count());
    }
}
