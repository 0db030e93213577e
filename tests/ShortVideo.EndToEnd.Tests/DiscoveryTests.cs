using System.Net;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Hashtag pages, typo-tolerant search and autocomplete, through the gateway, fed by real uploads.</summary>
[Collection(SystemCollection.Name)]
public sealed class DiscoveryTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_hashtag_page_counts_a_new_video_and_drops_it_when_deleted()
    {
        var creator = await Api.RegisterAsync(Gateway, "tagger");
        var tag = DiscoveryApi.UniqueTag("page");
        Assert.Equal(0, (await Gateway.GetJsonAsync($"/api/hashtags/{tag}"))["videoCount"]!.GetValue<long>());

        var id = await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, $"my page #{tag.ToUpperInvariant()}");

        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/hashtags/{tag}"), p => p["videoCount"]!.GetValue<long>() == 1, DiscoveryApi.Converge, "the page counting the video");
        Assert.Equal([id], Api.Ids(await Gateway.GetJsonAsync($"/api/hashtags/{tag}/videos")));
        Assert.Equal([id], Api.Ids(await Gateway.GetJsonAsync($"/api/hashtags/%23{tag}/videos?sort=top")));

        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{id}", creator.Token)).StatusCode);

        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/hashtags/{tag}"), p => p["videoCount"]!.GetValue<long>() == 0, DiscoveryApi.Converge, "the page dropping the video");
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/hashtags/{tag}/videos")));
        Assert.DoesNotContain(id, Api.Ids(await Gateway.GetJsonAsync($"/api/search?q={tag}")));
    }

    [Fact]
    public async Task A_misspelt_query_finds_dance_videos()
    {
        var creator = await Api.RegisterAsync(Gateway, "dancer");
        var id = await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, "learning the steps #dance");

        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/search?q=dnace&limit=100"), p => Api.Ids(p).Contains(id), DiscoveryApi.Converge, "'dnace' finding the #dance video");
        var hashtags = await Gateway.GetJsonAsync("/api/search?q=dnace&type=hashtags");
        Assert.Equal("dance", hashtags["items"]![0]!["tag"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_prefix_in_a_non_latin_script_autocompletes()
    {
        var creator = await Api.RegisterAsync(Gateway, "script");
        var unique = DiscoveryApi.UniqueTag("");
        var japanese = "ダンス練習" + unique;
        var russian = "Танцы" + unique;
        await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, $"#{japanese} #{russian}");

        var suggestions = await Api.EventuallyAsync(
            () => Gateway.GetJsonAsync($"/api/hashtags/suggest?prefix={Uri.EscapeDataString("ダンス練")}&limit=100"),
            l => DiscoveryApi.Tags(l).Contains(japanese), DiscoveryApi.Converge, "a Japanese prefix completing");
        Assert.Equal(1, suggestions.AsArray().Single(s => s!["tag"]!.GetValue<string>() == japanese)!["videoCount"]!.GetValue<long>());
        // Case-folded: capitals typed in Cyrillic find the tag that upload lower-cased.
        Assert.Contains(russian.ToLowerInvariant(), DiscoveryApi.Tags(await Gateway.GetJsonAsync($"/api/hashtags/suggest?prefix={Uri.EscapeDataString("ТАНЦЫ" + unique)}")));
    }

    [Fact]
    public async Task Bad_discovery_input_is_a_problem_naming_the_field()
    {
        var response = await Gateway.GetAsync("/api/hashtags/trending?window=forever");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"window\"", await response.Content.ReadAsStringAsync());
    }
}
