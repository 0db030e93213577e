using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.Simulator;

/// <summary>
/// The simulation against the live system, only through the gateway's public API (API.md): a
/// catalogue of short clips captioned with hashtags (<see cref="GatewayCatalogue"/>), then users with
/// hidden tastes (two hashtags, two creators) swipe For You for 50 videos, posting views with
/// watchedMs and likes. Every served video is judged by what its card says (hashtags, creator), so
/// videos the system held before the run count like any other. Reports the matching share per block
/// of ten, against a random and a most-popular order of the catalogue.
/// </summary>
public static class GatewaySwipes
{
    /// <summary>A reader spends seconds on a page of short videos; a second before the next page stands for that, and lets the views arrive.</summary>
    private static readonly TimeSpan BetweenPages = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyDictionary<string, double[]>> RunAsync(SimWorld world, Uri url, int users, int videos, bool signedOut)
    {
        using var gateway = new GatewayClient(url);
        var (tags, creators, catalogue) = await GatewayCatalogue.PostAsync(gateway, world, videos);
        var results = new Dictionary<string, double[]> { ["our For You"] = new double[5], ["random"] = new double[5], ["most-popular"] = new double[5] };
        var tastes = new List<Taste>();
        for (var u = 0; u < users; u++)
        {
            var taste = new Taste(Pick(world, tags, 2), new HashSet<string>(), Pick(world, creators, 2));
            tastes.Add(taste);
            var served = await SwipeAsync(gateway, world, taste, signedOut);
            Tally(results["our For You"], served.Select(v => Matches(taste, v)).ToList());
            Tally(results["random"], catalogue.OrderBy(_ => world.Random.Next()).Take(InProcessSwipes.Swipes).Select(v => Matches(taste, v)).ToList());
            Console.WriteLine($"user {u + 1}: {served.Count} served, {served.Count(v => Matches(taste, v))} matching");
        }
        // Most-popular by what the system counted during the run: the likes and views of the users above.
        var popular = new List<(CardFacts Video, long Likes, long Views)>();
        foreach (var v in catalogue)
        {
            var stats = (await gateway.Http.GetFromJsonAsync<JsonNode>($"/api/videos/{v.Id}"))!["stats"]!;
            popular.Add((v, stats["likes"]!.GetValue<long>(), stats["views"]!.GetValue<long>()));
        }
        var top = popular.OrderByDescending(p => p.Likes).ThenByDescending(p => p.Views).Take(InProcessSwipes.Swipes).Select(p => p.Video).ToList();
        foreach (var taste in tastes) Tally(results["most-popular"], top.Select(v => Matches(taste, v)).ToList());
        foreach (var shares in results.Values)
        {
            for (var b = 0; b < shares.Length; b++) shares[b] /= users * InProcessSwipes.PageSize;
        }
        return results;
    }

    private static async Task<List<CardFacts>> SwipeAsync(GatewayClient gateway, SimWorld world, Taste taste, bool signedOut)
    {
        var (token, visitor) = signedOut ? (null, Guid.NewGuid().ToString("N")) : ((await gateway.RegisterAsync("simu")).Token, (string?)null);
        var served = new List<CardFacts>();
        string? cursor = null;
        while (served.Count < InProcessSwipes.Swipes)
        {
            var answer = await gateway.SendAsync(HttpMethod.Get, $"/api/feed/foryou?limit={InProcessSwipes.PageSize}{(cursor is null ? "" : $"&cursor={cursor}")}", token, visitorId: visitor);
            var page = (await answer.Content.ReadFromJsonAsync<JsonNode>())!;
            var items = page["items"]!.AsArray().Select(i => CardFacts.Of(i!)).ToList();
            foreach (var video in items)
            {
                served.Add(video);
                var match = Matches(taste, video);
                var finished = world.Random.NextDouble() < (match ? 0.85 : 0.15);
                var watched = finished ? video.DurationMs : video.DurationMs / 10;
                await gateway.SendAsync(HttpMethod.Post, $"/api/videos/{video.Id}/views", token, JsonContent.Create(new { watchedMs = watched }), visitor);
                if (token is not null && finished && match && world.Random.NextDouble() < 0.5) await gateway.SendAsync(HttpMethod.Put, $"/api/videos/{video.Id}/like", token);
            }
            cursor = page["nextCursor"]?.GetValue<string>();
            if (items.Count == 0 || cursor is null) break;
            await Task.Delay(BetweenPages);
        }
        return served;
    }

    private static bool Matches(Taste taste, CardFacts video) => taste.Matches(video.Tags, null, video.Creator);

    private static HashSet<string> Pick(SimWorld world, List<string> from, int count) =>
        from.OrderBy(_ => world.Random.Next()).Take(count).ToHashSet();

    private static void Tally(double[] blocks, List<bool> matches)
    {
        for (var i = 0; i < Math.Min(matches.Count, InProcessSwipes.Swipes); i++)
        {
            if (matches[i]) blocks[i / InProcessSwipes.PageSize]++;
        }
    }
}
