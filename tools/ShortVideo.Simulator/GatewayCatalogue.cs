using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.Simulator;

/// <summary>A video as a card reports it: the simulator judges every served video by its card, posted by this run or not.</summary>
public sealed record CardFacts(string Id, string Creator, IReadOnlyList<string> Tags, int DurationMs)
{
    public static CardFacts Of(JsonNode card) => new(
        card["id"]!.GetValue<string>(), card["creator"]!["id"]!.GetValue<string>(),
        card["hashtags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(), card["durationMs"]!.GetValue<int>());
}

/// <summary>
/// The live system's catalogue for the gateway simulation: creators, each posting mostly within two
/// home hashtags, upload very short, small clips (the cheapest thing the transcoder accepts), and
/// the run waits until every one is ready.
/// </summary>
public static class GatewayCatalogue
{
    public const int Topics = 10, Creators = 15;

    public static async Task<(List<string> Tags, List<string> Creators, List<CardFacts> Videos)> PostAsync(GatewayClient gateway, SimWorld world, int videos)
    {
        var tags = world.TagNames.Take(Topics).ToList();
        var creators = new List<(string Id, string Token, string[] Home)>();
        for (var c = 0; c < Creators; c++)
        {
            var (id, token) = await gateway.RegisterAsync("simc");
            creators.Add((id, token, [tags[world.Random.Next(tags.Count)], tags[world.Random.Next(tags.Count)]]));
        }
        var clip = await ClipAsync();
        var ids = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var v = 0; v < videos; v++)
        {
            var creator = creators[world.Random.Next(creators.Count)];
            var tag = world.Random.NextDouble() < 0.8 ? creator.Home[world.Random.Next(2)] : tags[world.Random.Next(tags.Count)];
            var second = world.Random.NextDouble() < 0.3 ? $" #{creator.Home[world.Random.Next(2)]}" : "";
            using var form = new MultipartFormDataContent { { new StringContent($"sim #{tag}{second}"), "caption" }, { new ByteArrayContent(clip), "file", "clip.mp4" } };
            var answer = await gateway.SendAsync(HttpMethod.Post, "/api/videos", creator.Token, form);
            ids.Add((await answer.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>());
        }
        var ready = new List<CardFacts>();
        foreach (var id in ids)
        {
            JsonNode video;
            while ((video = (await gateway.Http.GetFromJsonAsync<JsonNode>($"/api/videos/{id}"))!)["status"]!.GetValue<string>() == "processing") await Task.Delay(500);
            if (video["status"]!.GetValue<string>() == "ready") ready.Add(CardFacts.Of(video));
        }
        Console.WriteLine($"{ready.Count} of {videos} clips ready in {clock.Elapsed.TotalSeconds:0} s ({Creators} creators over {Topics} hashtags)");
        return (tags, creators.Select(c => c.Id).ToList(), ready);
    }

    /// <summary>
    /// A 0.6 s 144x256 silent clip from ffmpeg's test source: the transcoder's smallest accepted
    /// frame and a single short segment, so hundreds transcode in minutes on two cores.
    /// </summary>
    private static async Task<byte[]> ClipAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-clip-{Guid.NewGuid():N}.mp4");
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg",
            $"-loglevel error -y -f lavfi -i testsrc2=size=144x256:rate=15 -t 0.6 -c:v libx264 -preset ultrafast -pix_fmt yuv420p {path}"))!;
        await ffmpeg.WaitForExitAsync();
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
