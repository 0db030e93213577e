using System.Net;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>What the discovery tests do through the gateway: post a video and wait until it plays.</summary>
public static class DiscoveryApi
{
    public static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);

    /// <summary>A tag of letters only, unique to one test, so pages and trending lists are the test's own.</summary>
    public static string UniqueTag(string prefix) => prefix + new string(Guid.NewGuid().ToString("N").Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c).Take(10).ToArray());

    public static async Task<string> PostReadyVideoAsync(HttpClient gateway, string token, string caption)
    {
        var clip = await Media.ClipAsync();
        var accepted = await Api.UploadAsync(gateway, token, clip, "clip.mp4", caption);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        var video = await Api.EventuallyAsync(() => gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(3), "transcoding");
        Assert.Equal("ready", video["status"]!.GetValue<string>());
        return id;
    }

    public static IEnumerable<string> Tags(JsonNode list) => list.AsArray().Select(t => t!["tag"]!.GetValue<string>());
}
