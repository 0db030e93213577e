using System.Net;
using System.Net.Http.Json;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// Trending through the gateway from real views. Needs <c>POST /api/videos/{id}/views</c>, which the
/// social-graph branch adds: run it after that branch is merged
/// (<c>dotnet test tests/ShortVideo.EndToEnd.Tests --filter TrendingViewsAfterSocialGraphTests</c>);
/// before, the view posts answer 404 and it fails saying so.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class TrendingViewsAfterSocialGraphTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_tag_with_a_sudden_burst_of_views_trends_above_an_older_larger_tag()
    {
        var creator = await Api.RegisterAsync(Gateway, "trender");
        var older = DiscoveryApi.UniqueTag("older");
        var burst = DiscoveryApi.UniqueTag("burst");
        // The older tag is the larger one: two videos, posted first, each watched a little.
        var olderVideos = new[]
        {
            await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, $"#{older} one"),
            await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, $"#{older} two"),
        };
        foreach (var id in olderVideos) await ViewAsync(id, times: 2);
        var burstVideo = await DiscoveryApi.PostReadyVideoAsync(Gateway, creator.Token, $"#{burst} new");

        await ViewAsync(burstVideo, times: 12);

        var trending = await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/hashtags/trending?window=1h&limit=100"),
            l => DiscoveryApi.Tags(l).Contains(burst) && DiscoveryApi.Tags(l).Contains(older)
                && l.AsArray().Single(t => t!["tag"]!.GetValue<string>() == burst)!["views"]!.GetValue<long>() == 12,
            DiscoveryApi.Converge, "both tags trending with every view counted");
        var tags = DiscoveryApi.Tags(trending).ToList();
        Assert.True(tags.IndexOf(burst) < tags.IndexOf(older), $"#{burst} should rank above #{older}: {trending.ToJsonString()}");
        var olderEntry = trending.AsArray().Single(t => t!["tag"]!.GetValue<string>() == older)!;
        Assert.Equal(2, olderEntry["videoCount"]!.GetValue<long>());
    }

    private async Task ViewAsync(string videoId, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await Gateway.PostAsJsonAsync($"/api/videos/{videoId}/views", new { watchedMs = 900 });
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/videos/{videoId}/views answered {(int)response.StatusCode}: is the social-graph branch (views) merged?");
        }
    }
}
