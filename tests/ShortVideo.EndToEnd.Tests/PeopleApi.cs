using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>What the people and engagement tests do through the gateway, beside <see cref="Api"/>.</summary>
public static class PeopleApi
{
    public static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);

    /// <summary>Uploads a small clip, waits until it is ready and until social-graph has heard it was published.</summary>
    public static async Task<string> PublishedVideoAsync(HttpClient gateway, string token, string caption = "people #test")
    {
        var accepted = await Api.UploadAsync(gateway, token, await Api.GenerateClipAsync(360, 640, 1), "clip.mp4", caption);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        await Api.EventuallyAsync(() => gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", TimeSpan.FromMinutes(3), "transcoding");
        await Api.EventuallyAsync(() => gateway.GetAsync($"/api/videos/{id}/comments"), r => r.StatusCode == HttpStatusCode.OK, Converge, "social-graph knowing the video");
        return id;
    }

    public static async Task<HttpStatusCode> PutAsync(this HttpClient gateway, string url, string token) =>
        (await gateway.SendAsync(HttpMethod.Put, url, token)).StatusCode;

    public static async Task<HttpResponseMessage> CommentAsync(this HttpClient gateway, string videoId, string token, string text, string? parentId = null) =>
        await gateway.SendAsync(HttpMethod.Post, $"/api/videos/{videoId}/comments", token, JsonContent.Create(new { text, parentId }));

    public static async Task<string> CommentIdAsync(this HttpClient gateway, string videoId, string token, string text, string? parentId = null)
    {
        var response = await gateway.CommentAsync(videoId, token, text, parentId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
    }

    public static long Stat(JsonNode node, string name) => node["stats"]![name]!.GetValue<long>();
}
