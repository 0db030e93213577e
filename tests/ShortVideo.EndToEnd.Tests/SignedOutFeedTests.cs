using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// A signed-out reader whose client sends a visitor id (<c>X-Visitor-Id</c>) on For You and on views:
/// their feed adapts as a signed-in one does. A malformed visitor id is refused and counts nothing.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SignedOutFeedTests(SystemFixture system, ITestOutputHelper output)
{
    private const string Header = "X-Visitor-Id";
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private HttpClient Gateway => system.Gateway;

    private static string NewVisitor() => Guid.NewGuid().ToString("N");

    private static string Id(JsonNode item) => item["id"]!.GetValue<string>();

    [Fact]
    public async Task A_signed_out_visitor_who_finishes_cats_and_skips_cars_gets_cats_first_on_the_next_page()
    {
        var (cats, cars) = ($"cats{_suffix}", $"cars{_suffix}");
        var posted = await FeedApi.PostTaggedAsync(Gateway, await Api.GenerateClipAsync(360, 640, 1), "outc", cats, cars);
        var visitor = NewVisitor();
        await Api.EventuallyAsync(() => ForYouAsync(visitor), p => posted.All(v => FeedApi.Items(p).Any(i => Id(i) == v.Id)), Converge, "every new video in the visitor's For You");

        // One video of each creator watched: the rest of each tag then comes from two creators, which the
        // mixer may place side by side (it never puts one creator twice in a row).
        var (watched, skipped) = (posted.Where(v => v.Tag == cats).Where((_, i) => i % 2 == 0).ToList(), posted.Where(v => v.Tag == cars).Where((_, i) => i % 2 == 0).ToList());
        foreach (var v in watched) Assert.Equal(HttpStatusCode.Accepted, (await ViewAsync(visitor, v.Id, v.DurationMs)).StatusCode);
        foreach (var v in skipped) Assert.Equal(HttpStatusCode.Accepted, (await ViewAsync(visitor, v.Id, 100)).StatusCode);

        var remaining = posted.Except(watched).Except(skipped).ToList();
        var next = await Api.EventuallyAsync(() => ForYouAsync(visitor), p =>
        {
            var ids = FeedApi.Items(p).Select(Id).ToList();
            var catsAt = remaining.Where(v => v.Tag == cats).Select(v => ids.IndexOf(v.Id)).ToList();
            var carsAt = remaining.Where(v => v.Tag == cars).Select(v => ids.IndexOf(v.Id)).Where(i => i >= 0).ToList();
            var seenGone = watched.Concat(skipped).All(v => !ids.Contains(v.Id));
            return seenGone && catsAt.All(i => i >= 0) && catsAt.All(c => carsAt.All(r => c < r));
        }, Converge, "the seen videos gone and the unseen #cats ahead of the unseen #cars");

        var items = FeedApi.Items(next).ToList();
        Assert.Contains(items, i => i["reason"]!["source"]!.GetValue<string>() is "hashtag" or "creator" && i["hashtags"]!.AsArray().Any(t => t!.GetValue<string>() == cats));
        // Another visitor learned nothing from these views: the videos seen above are still offered to them.
        var other = FeedApi.Items(await ForYouAsync(NewVisitor())).Select(Id).ToList();
        Assert.Contains(other, id => watched.Any(v => v.Id == id));
        output.WriteLine($"next page: {string.Join(", ", items.Take(6).Select(i => $"{i["hashtags"]![0]} ({i["reason"]!["source"]})"))}");
    }

    [Fact]
    public async Task A_malformed_visitor_id_is_refused_naming_the_header_and_counts_no_view()
    {
        var creator = await Api.RegisterAsync(Gateway, "outbad");
        var (id, duration) = await FeedApi.PostReadyVideoAsync(Gateway, creator.Token, await Api.GenerateClipAsync(360, 640, 1), $"bad #bad{_suffix}");

        foreach (var bad in new[] { "short", new string('x', 65), "not/allowed/0123456789" })
        {
            await AssertNamesHeaderAsync(await SendAsync(HttpMethod.Get, "/api/feed/foryou", bad));
            await AssertNamesHeaderAsync(await ViewAsync(bad, id, duration));
            await AssertNamesHeaderAsync(await SendAsync(HttpMethod.Post, $"/api/videos/{id}/shares", bad, JsonContent.Create(new { channel = "link" })));
        }

        var counted = await ViewAsync(NewVisitor(), id, duration);
        Assert.Equal(HttpStatusCode.Accepted, counted.StatusCode);
        Assert.Equal(1, (await counted.Content.ReadFromJsonAsync<JsonNode>())!["views"]!.GetValue<long>());
        var signedIn = await Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/feed/foryou") { Headers = { { Header, "short" } } }.As(creator.Token));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    private static async Task AssertNamesHeaderAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains("16-64", problem["errors"]![Header]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> ForYouAsync(string visitor)
    {
        var response = await SendAsync(HttpMethod.Get, "/api/feed/foryou?limit=100", visitor);
        Assert.True(response.IsSuccessStatusCode, $"For You answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private Task<HttpResponseMessage> ViewAsync(string visitor, string videoId, int watchedMs) =>
        SendAsync(HttpMethod.Post, $"/api/videos/{videoId}/views", visitor, JsonContent.Create(new { watchedMs }));

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string visitor, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation(Header, visitor);
        return Gateway.SendAsync(request);
    }
}
