using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>The For You / Following side of the API (API.md: Feeds, Engagement), in as few words as the feed tests need.</summary>
public static class FeedApi
{
    public static readonly TimeSpan Ready = TimeSpan.FromMinutes(3);

    /// <summary>Posts a short generated clip with the caption and waits until it is ready; returns its id and duration.</summary>
    public static async Task<(string Id, int DurationMs)> PostReadyVideoAsync(HttpClient gateway, string token, byte[] clip, string caption)
    {
        var accepted = await Api.UploadAsync(gateway, token, clip, "clip.mp4", caption);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        var video = await Api.EventuallyAsync(() => gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() != "processing", Ready, $"video {id} transcoding");
        Assert.Equal("ready", video["status"]!.GetValue<string>());
        return (id, video["durationMs"]!.GetValue<int>());
    }

    /// <summary>For each tag, two new creators post two ready clips captioned with it; in tag order.</summary>
    public static async Task<List<(string Id, int DurationMs, string Tag)>> PostTaggedAsync(HttpClient gateway, byte[] clip, string creatorPrefix, params string[] tags)
    {
        var posted = new List<(string Id, int DurationMs, string Tag)>();
        foreach (var tag in tags)
        {
            for (var c = 0; c < 2; c++)
            {
                var creator = await Api.RegisterAsync(gateway, creatorPrefix);
                for (var v = 0; v < 2; v++)
                {
                    var (id, duration) = await PostReadyVideoAsync(gateway, creator.Token, clip, $"clip #{tag}");
                    posted.Add((id, duration, tag));
                }
            }
        }
        return posted;
    }

    public static async Task ViewAsync(HttpClient gateway, string token, string videoId, int watchedMs) =>
        Assert.Equal(HttpStatusCode.Accepted, (await gateway.SendAsync(HttpMethod.Post, $"/api/videos/{videoId}/views", token, JsonContent.Create(new { watchedMs }))).StatusCode);

    public static async Task LikeAsync(HttpClient gateway, string token, string videoId) =>
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.SendAsync(HttpMethod.Put, $"/api/videos/{videoId}/like", token)).StatusCode);

    public static async Task NotInterestedAsync(HttpClient gateway, string token, string videoId) =>
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.SendAsync(HttpMethod.Post, $"/api/videos/{videoId}/not-interested", token)).StatusCode);

    public static async Task BlockAsync(HttpClient gateway, string token, string handle) =>
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.SendAsync(HttpMethod.Put, $"/api/users/{handle}/block", token)).StatusCode);

    public static async Task FollowAsync(HttpClient gateway, string token, string handle) =>
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.SendAsync(HttpMethod.Put, $"/api/users/{handle}/follow", token)).StatusCode);

    public static Task<JsonNode> ForYouAsync(HttpClient gateway, string? token, string? cursor = null) =>
        gateway.GetJsonAsync("/api/feed/foryou?limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"), token);

    public static IEnumerable<JsonNode> Items(JsonNode page) => page["items"]!.AsArray().Select(i => i!);

    /// <summary>Every item of a fresh For You session, page after page (at most ten pages).</summary>
    public static async Task<List<JsonNode>> WholeSessionAsync(HttpClient gateway, string token)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        for (var n = 0; n < 10; n++)
        {
            var page = await ForYouAsync(gateway, token, cursor);
            items.AddRange(Items(page));
            if ((cursor = page["nextCursor"]?.GetValue<string>()) is null) break;
        }
        return items;
    }
}
