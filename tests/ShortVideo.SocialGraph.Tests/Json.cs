using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.SocialGraph.Tests;

internal static class Json
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<HttpStatusCode> PutAsync(this HttpClient client, string url) => (await client.PutAsync(url, null)).StatusCode;

    public static async Task<HttpStatusCode> DeleteStatusAsync(this HttpClient client, string url) => (await client.DeleteAsync(url)).StatusCode;

    public static IEnumerable<string> Handles(JsonNode page) => page["items"]!.AsArray().Select(i => i!["handle"]!.GetValue<string>());

    public static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());

    public static long Stat(JsonNode profile, string name) => profile["stats"]![name]!.GetValue<long>();
}
