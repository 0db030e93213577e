using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.ServiceDefaults.Http;
using Xunit.Abstractions;

namespace ShortVideo.Recommendation.Tests;

/// <summary>
/// Signed-out readers with a visitor id (<c>X-Visitor-Id</c>): their views, arriving over RabbitMQ
/// with <c>VisitorId</c> and no user, adapt their For You feed as a user's do; the id names nothing else.
/// </summary>
[Collection(RecommenderCollection.Name)]
public sealed class VisitorFeedTests(RecommenderHost host, ITestOutputHelper output)
{
    private readonly World _world = new(host);
    private readonly string _suffix = World.NewId()[..6];

    private static string NewVisitor() => $"v-{Guid.NewGuid():N}";

    [Fact]
    public async Task A_visitor_who_finishes_cats_and_skips_cars_gets_more_cats_on_the_next_page()
    {
        var (cats, cars) = ($"cats{_suffix}", $"cars{_suffix}");
        var creators = Enumerable.Range(0, 12).Select(_ => World.NewId()).ToList();
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 48).Select(i => (creators[i % 12], new[] { i % 2 == 0 ? cats : cars, $"misc{_suffix}" })));
        var visitor = NewVisitor();

        var first = await PageAsync("/api/feed/foryou?limit=10", visitor);
        foreach (var video in videos.Where(v => v.Hashtags[0] == cats).Take(4)) await ViewAsync(visitor, video, 1.0);
        foreach (var video in videos.Where(v => v.Hashtags[0] == cars).Take(4)) await ViewAsync(visitor, video, 0.05);

        var (next, elapsed) = await World.Eventually(() => PageAsync($"/api/feed/foryou?limit=10&cursor={first.NextCursor}", visitor),
            p => Count(p, cats) > Count(p, cars), "more #cats than #cars on the visitor's next page");
        output.WriteLine($"first page: {Count(first, cats)} cats, {Count(first, cars)} cars; next page after {elapsed.TotalMilliseconds:0} ms: {Count(next, cats)} cats, {Count(next, cars)} cars");
        Assert.True(Count(next, cats) >= 6, $"the next page has {Count(next, cats)} #cats of 10");
        Assert.Contains(next.Items, i => i.Reason!.Source == "hashtag" && i.Reason.Detail.Contains(cats, StringComparison.Ordinal));
        Assert.Null(await host.Services.GetRequiredService<Profiles>().FindAsync(visitor));
    }

    [Fact]
    public async Task A_visitor_id_equal_to_a_user_id_reads_none_of_that_users_profile()
    {
        var creator = World.NewId();
        var videos = await _world.PublishManyAsync(Enumerable.Range(0, 3).Select(_ => (creator, new[] { $"same{_suffix}" })));
        var user = World.NewId();
        await _world.ViewAsync(user, videos[0], 1.0);
        await World.Eventually(() => host.GetPageAsync("/api/feed/foryou?limit=100", user), p => p.Items.All(i => i.Id != videos[0].VideoId), "the user's seen video leaving their feed");

        var asVisitor = await PageAsync("/api/feed/foryou?limit=100", user);

        Assert.Contains(asVisitor.Items, i => i.Id == videos[0].VideoId);
    }

    [Fact]
    public async Task A_malformed_visitor_id_is_a_problem_naming_the_header_and_is_ignored_when_signed_in()
    {
        foreach (var bad in new[] { "short", new string('a', 65), "has space 0123456789", "dots.are.not.allowed.0123" })
        {
            using var response = await SendAsync("/api/feed/foryou", bad, userId: null);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonNode>();
            Assert.Equal([VisitorIds.Rule], problem!["errors"]![VisitorIds.Header]!.AsArray().Select(e => e!.GetValue<string>()));
        }
        using var signedIn = await SendAsync("/api/feed/foryou", "short", userId: World.NewId());
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_visitors_cursor_works_for_that_visitor_only()
    {
        await _world.PublishManyAsync(Enumerable.Range(0, 4).Select(_ => (World.NewId(), new[] { $"cur{_suffix}" })));
        var visitor = NewVisitor();
        var first = await PageAsync("/api/feed/foryou?limit=2", visitor);
        var url = $"/api/feed/foryou?limit=2&cursor={first.NextCursor}";

        using var other = await SendAsync(url, NewVisitor(), userId: null);
        using var anonymous = await SendAsync(url, visitorId: null, userId: null);
        using var user = await SendAsync(url, visitorId: null, userId: World.NewId());

        Assert.All(new[] { other, anonymous, user }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.NotEmpty((await PageAsync(url, visitor)).Items);
    }

    private Task ViewAsync(string visitorId, VideoPublished video, double completion) =>
        host.Bus.Publish(new VideoViewed(World.NewId(), video.VideoId, null, video.Creator.Id, (int)(video.DurationMs * completion), video.DurationMs, 1, DateTimeOffset.UtcNow)
        {
            VisitorId = visitorId,
        });

    private async Task<Page<VideoCard>> PageAsync(string url, string visitorId)
    {
        using var response = await SendAsync(url, visitorId, userId: null);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Page<VideoCard>>())!;
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? visitorId, string? userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (visitorId is not null) request.Headers.TryAddWithoutValidation(VisitorIds.Header, visitorId);
        if (userId is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.TokenFor(userId));
        return await host.Client.SendAsync(request);
    }

    private static int Count(Page<VideoCard> page, string tag) => page.Items.Count(i => i.Hashtags.Contains(tag));
}
