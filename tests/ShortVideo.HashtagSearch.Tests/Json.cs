using System.Text.Json.Nodes;

namespace ShortVideo.HashtagSearch.Tests;

internal static class Json
{
    public static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());

    public static IEnumerable<string> Tags(JsonNode list) => list.AsArray().Select(i => i!["tag"]!.GetValue<string>());

    public static JsonNode? First(JsonNode page) => page["items"]!.AsArray().FirstOrDefault();

    public static long Long(JsonNode node, string name) => node[name]!.GetValue<long>();
}
