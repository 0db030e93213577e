using System.Globalization;
using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Evaluation;

/// <summary>
/// <c>evaluate --interactions FILE [--items FILE] [--split temporal|random|both] [--min-rating R] [--likes] [--save-weights FILE]</c>
/// </summary>
public static class EvaluationCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var interactionsPath = Option(args, "--interactions") ?? throw new ArgumentException("--interactions FILE is required (u.data format).");
        var itemsPath = Option(args, "--items");
        var split = Option(args, "--split") ?? "both";
        var minRating = double.Parse(Option(args, "--min-rating") ?? "1", CultureInfo.InvariantCulture);
        var likes = args.Contains("--likes");
        var weightsPath = Option(args, "--save-weights");

        var interactions = InteractionFiles.ReadInteractions(interactionsPath);
        var items = itemsPath is null ? new Dictionary<string, ItemInfo>() : InteractionFiles.ReadItems(itemsPath);
        output.WriteLine($"{interactions.Count} interactions, {interactions.Select(i => i.User).Distinct().Count()} users, "
            + $"{interactions.Select(i => i.Item).Distinct().Count()} items; relevant: rating >= {minRating.ToString(CultureInfo.InvariantCulture)}");
        var splits = split switch
        {
            "temporal" => [Splits.Temporal(interactions)],
            "random" => [Splits.Random(interactions)],
            "both" => new[] { Splits.Temporal(interactions), Splits.Random(interactions) },
            _ => throw new ArgumentException("--split must be temporal, random or both."),
        };
        var results = new List<Result>();
        foreach (var s in splits)
        {
            var ours = new ServiceRanker(items, minRating, likes, new RecommendationOptions());
            results.AddRange(Evaluator.Run(s, [new MostPopular(minRating), new ItemKnn(minRating), ours], minRating));
            output.WriteLine($"learned weights ({s.Name}): " + string.Join(", ", Features.Names.Zip(ours.Model.Weights, (n, w) => FormattableString.Invariant($"{n} {w:0.00}"))));
            if (weightsPath is not null && s == splits[0]) ours.Model.Save(weightsPath);
        }
        Evaluator.Print(results, output);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
