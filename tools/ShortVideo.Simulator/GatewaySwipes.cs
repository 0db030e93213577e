using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.Simulator;

/// <summary>
/// The simulation against the live system, only through the gateway's public API (API.md): creators
/// register and upload short generated clips captioned with hashtags; users with hidden tastes over
/// those hashtags and creators swipe For You (POST views with watchedMs, PUT like) for 50 videos.
/// Reports the matching share per block of ten, against a random and a most-popular order of the same videos.
/// </summary>
public static class GatewaySwipes
{
    public static async Task<IReadOnlyDictionary<string, double[]>> RunAsync(SimWorld world, Uri gateway, int users, int videos)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(2) };
        var tags = world.TagNames.Take(6).ToList();
        var creators = new List<(string Id, string Token)>();
        for (var c = 0; c < 6; c++) creators.Add(await RegisterAsync(http, "simc"));
        var clip = await ClipAsync();
        var posted = new List<(string Id, string Creator, string Tag)>();
        for (var v = 0; v < videos; v++)
        {
            var (creator, tag) = (creators[v % creators.Count], tags[(v + v / creators.Count) % tags.Count]);
            using var form = new MultipartFormDataContent { { new StringContent($"sim #{tag}"), "caption" }, { new ByteArrayContent(clip), "file", "clip.mp4" } };
            var answer = await SendAsync(http, HttpMethod.Post, "/api/videos", creator.Token, form);
            posted.Add(((await answer.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>(), creator.Id, tag));
        }
        foreach (var (id, _, _) in posted)
        {
            while ((await http.GetFromJsonAsync<JsonNode>($"/api/videos/{id}"))!["status"]!.GetValue<string>() == "processing") await Task.Delay(1000);
        }
        var results = new Dictionary<string, double[]> { ["our For You"] = new double[5], ["random"] = new double[5], ["most-popular"] = new double[5] };
        var tastes = new List<Taste>();
        for (var u = 0; u < users; u++)
        {
            var taste = new Taste(new HashSet<string> { tags[world.Random.Next(tags.Count)] }, new HashSet<string>(), new HashSet<string> { creators[world.Random.Next(creators.Count)].Id });
            tastes.Add(taste);
            var user = await RegisterAsync(http, "simu");
            var served = await SwipeAsync(http, world, user.Token, taste, posted);
            Tally(results["our For You"], served.Select(s => taste.Matches([s.Tag], null, s.Creator)).ToList());
            Tally(results["random"], posted.OrderBy(_ => world.Random.Next()).Take(InProcessSwipes.Swipes).Select(p => taste.Matches([p.Tag], null, p.Creator)).ToList());
        }
        var likes = new Dictionary<string, long>();
        foreach (var (id, _, _) in posted) likes[id] = (await http.GetFromJsonAsync<JsonNode>($"/api/videos/{id}"))!["stats"]!["likes"]!.GetValue<long>();
        var popular = posted.OrderByDescending(p => likes[p.Id]).Take(InProcessSwipes.Swipes).ToList();
        foreach (var taste in tastes) Tally(results["most-popular"], popular.Select(p => taste.Matches([p.Tag], null, p.Creator)).ToList());
        foreach (var shares in results.Values)
        {
            for (var b = 0; b < shares.Length; b++) shares[b] /= users * InProcessSwipes.PageSize;
        }
        return results;
    }

    private static async Task<List<(string Id, string Creator, string Tag)>> SwipeAsync(
        HttpClient http, SimWorld world, string token, Taste taste, List<(string Id, string Creator, string Tag)> posted)
    {
        var byId = posted.ToDictionary(p => p.Id);
        var served = new List<(string Id, string Creator, string Tag)>();
        string? cursor = null;
        while (served.Count < InProcessSwipes.Swipes)
        {
            var page = await (await SendAsync(http, HttpMethod.Get, $"/api/feed/foryou?limit={InProcessSwipes.PageSize}{(cursor is null ? "" : $"&cursor={cursor}")}", token)).Content.ReadFromJsonAsync<JsonNode>();
            var items = page!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Where(byId.ContainsKey).ToList();
            if (items.Count == 0) break;
            foreach (var id in items)
            {
                var video = byId[id];
                served.Add(video);
                var match = taste.Matches([video.Tag], null, video.Creator);
                var finished = world.Random.NextDouble() < (match ? 0.85 : 0.15);
                await SendAsync(http, HttpMethod.Post, $"/api/videos/{id}/views", token, JsonContent.Create(new { watchedMs = finished ? 1000 : 100 }));
                if (finished && match && world.Random.NextDouble() < 0.5) await SendAsync(http, HttpMethod.Put, $"/api/videos/{id}/like", token);
            }
            cursor = page["nextCursor"]?.GetValue<string>();
            if (cursor is null) break;
        }
        return served;
    }

    private static void Tally(double[] blocks, List<bool> matches)
    {
        for (var i = 0; i < Math.Min(matches.Count, InProcessSwipes.Swipes); i++)
        {
            if (matches[i]) blocks[i / InProcessSwipes.PageSize]++;
        }
    }

    private static async Task<(string Id, string Token)> RegisterAsync(HttpClient http, string prefix)
    {
        var answer = await http.PostAsJsonAsync("/api/auth/register", new { handle = $"{prefix}{Guid.NewGuid():N}"[..20], password = "simulated users" });
        var body = await answer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonNode>();
        return (body!["userId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string url, string token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>A 1 s clip from ffmpeg's test sources, so nothing is checked in.</summary>
    private static async Task<byte[]> ClipAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-clip-{Guid.NewGuid():N}.mp4");
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg",
            $"-loglevel error -y -f lavfi -i testsrc2=size=360x640:rate=30 -f lavfi -i sine -t 1 -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest {path}"))!;
        await ffmpeg.WaitForExitAsync();
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
