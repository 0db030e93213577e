using System.Globalization;
using ShortVideo.Evaluation;

namespace ShortVideo.Recommendation.Tests;

/// <summary>The evaluation command on a small generated file in MovieLens-100k's u.data format.</summary>
public sealed class EvaluationCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Two groups of users, each liking one half of the items, plus noise; timestamps increase.</summary>
    private string GenerateUData()
    {
        var random = new Random(5);
        var lines = new List<string>();
        var time = 881250949L;
        for (var user = 1; user <= 60; user++)
        {
            var half = user % 2;
            for (var n = 0; n < 25; n++)
            {
                var item = random.NextDouble() < 0.85 ? 1 + 2 * random.Next(40) + half : 1 + random.Next(80);
                lines.Add(string.Join('\t', user, item, 1 + random.Next(5), (time += random.Next(1, 5000)).ToString(CultureInfo.InvariantCulture)));
            }
        }
        var path = Path.Combine(_folder, "u.data");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void It_prints_recall_and_ndcg_for_our_ranker_and_both_baselines_on_both_splits()
    {
        var output = new StringWriter();
        var weights = Path.Combine(_folder, "ranker.json");

        var code = EvaluationCommand.Run(["--interactions", GenerateUData(), "--save-weights", weights], output);

        Assert.Equal(0, code);
        var rows = output.ToString().Split('\n').Where(l => l.StartsWith("| temporal", StringComparison.Ordinal) || l.StartsWith("| random", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, rows.Count);
        foreach (var name in new[] { "most-popular", "item-kNN", "our ranker" }) Assert.Equal(2, rows.Count(r => r.Contains($"| {name} |", StringComparison.Ordinal)));
        Assert.Contains("Recall@10 | Recall@50 | NDCG@10", output.ToString());
        Assert.True(File.Exists(weights));
    }

    [Fact]
    public void On_two_taste_groups_item_knn_and_our_ranker_beat_most_popular()
    {
        var interactions = InteractionFiles.ReadInteractions(GenerateUData());
        var split = Splits.Random(interactions);

        var results = Evaluator.Run(split, [new MostPopular(1), new ItemKnn(1), new ServiceRanker(new Dictionary<string, ItemInfo>(), 1, false, new RecommendationOptions())], 1);

        var ndcg = results.ToDictionary(r => r.Recommender, r => r.Ndcg10);
        Assert.True(ndcg["item-kNN"] > ndcg["most-popular"], $"item-kNN {ndcg["item-kNN"]:0.000} vs most-popular {ndcg["most-popular"]:0.000}");
        Assert.True(ndcg["our ranker"] > ndcg["most-popular"], $"ours {ndcg["our ranker"]:0.000} vs most-popular {ndcg["most-popular"]:0.000}");
    }

    [Fact]
    public void Metrics_follow_their_definitions()
    {
        var relevant = new HashSet<string> { "a", "c" };

        Assert.Equal(0.5, Metrics.Recall(["a", "b"], relevant, 10));
        Assert.Equal((1 + 1 / Math.Log2(4)) / (1 + 1 / Math.Log2(3)), Metrics.Ndcg(["a", "b", "c"], relevant, 10), 9);
        Assert.Equal(1, Metrics.Ndcg(["a", "c", "b"], relevant, 10), 9);
    }

    [Fact]
    public void A_temporal_split_holds_out_each_users_latest_fifth()
    {
        var interactions = Enumerable.Range(0, 10).Select(t => new Interaction("u", $"i{t}", 4, t)).ToList();

        var split = Splits.Temporal(interactions);

        Assert.Equal(["i8", "i9"], split.Test.Select(i => i.Item));
    }
}
