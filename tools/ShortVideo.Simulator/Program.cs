using System.Globalization;
using ShortVideo.Evaluation;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Simulator;

// dotnet run -c Release --project tools/ShortVideo.Simulator -- logs --out DIR [--seed N]     simulated logs (u.data + items.tsv) for the evaluation command
// dotnet run -c Release --project tools/ShortVideo.Simulator -- swipes [--users N] [--weights FILE] [--seed N]   new users swipe 50 videos of our feed, random and most-popular, in-process
// dotnet run -c Release --project tools/ShortVideo.Simulator -- gateway --url URL [--users N] [--videos N] [--signed-out]     the same against the live system through the gateway
var seed = int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture);
var world = new SimWorld(seed);
switch (args.FirstOrDefault())
{
    case "logs":
        var folder = Directory.CreateDirectory(Option("--out") ?? "simulated").FullName;
        var log = LogGenerator.Generate(world, int.Parse(Option("--impressions") ?? "150", CultureInfo.InvariantCulture));
        InteractionFiles.WriteInteractions(Path.Combine(folder, "u.data"), log);
        InteractionFiles.WriteItems(Path.Combine(folder, "items.tsv"), world.Items.Values);
        Console.WriteLine($"{log.Count} interactions of {world.Users.Count} users over {world.Items.Count} videos written to {folder}");
        return 0;
    case "swipes":
        var model = Option("--weights") is { } weights ? RankerModel.Load(weights) : RankerModel.Default;
        var history = LogGenerator.Generate(world, 150);
        var shares = InProcessSwipes.Run(world, history, model, int.Parse(Option("--users") ?? "200", CultureInfo.InvariantCulture));
        Report(shares);
        return 0;
    case "gateway":
        var live = await GatewaySwipes.RunAsync(world, new Uri(Option("--url") ?? "http://localhost:8080"),
            int.Parse(Option("--users") ?? "10", CultureInfo.InvariantCulture), int.Parse(Option("--videos") ?? "300", CultureInfo.InvariantCulture), args.Contains("--signed-out"));
        Report(live);
        return 0;
    default:
        Console.Error.WriteLine("usage: ShortVideo.Simulator logs --out DIR | swipes [--users N] [--weights FILE] | gateway --url URL [--users N] [--videos N] [--signed-out]");
        return 2;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static void Report(IReadOnlyDictionary<string, double[]> shares)
{
    Console.WriteLine("Share of served videos matching the hidden taste, per block of 10 swipes:");
    Console.WriteLine("| feed | 1-10 | 11-20 | 21-30 | 31-40 | 41-50 |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var (feed, blocks) in shares) Console.WriteLine($"| {feed} | {string.Join(" | ", blocks.Select(b => b.ToString("0.00", CultureInfo.InvariantCulture)))} |");
}
