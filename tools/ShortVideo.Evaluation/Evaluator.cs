namespace ShortVideo.Evaluation;

/// <summary>The figures of one recommender on one split.</summary>
public sealed record Result(string Split, string Recommender, int Users, double Recall10, double Recall50, double Ndcg10);

public static class Evaluator
{
    /// <summary>
    /// Fits each recommender on the split's training part and scores its top 50 for every user with a
    /// relevant held-out item (rating at or above <paramref name="minRating"/>), ranking the whole catalogue.
    /// </summary>
    public static IReadOnlyList<Result> Run(Split split, IReadOnlyList<IRecommender> recommenders, double minRating)
    {
        var catalogue = split.Train.Concat(split.Test).Select(i => i.Item).Distinct().ToList();
        var relevant = split.Test.Where(i => i.Rating >= minRating).GroupBy(i => i.User).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(i => i.Item).ToHashSet());
        var results = new List<Result>();
        foreach (var recommender in recommenders)
        {
            recommender.Fit(split.Train, catalogue);
            var scored = relevant.AsParallel().Select(u => (Ranked: recommender.Recommend(u.Key, 50), Relevant: u.Value)).ToList();
            results.Add(new Result(split.Name, recommender.Name, scored.Count,
                scored.Average(s => Metrics.Recall(s.Ranked, s.Relevant, 10)),
                scored.Average(s => Metrics.Recall(s.Ranked, s.Relevant, 50)),
                scored.Average(s => Metrics.Ndcg(s.Ranked, s.Relevant, 10))));
        }
        return results;
    }

    public static void Print(IEnumerable<Result> results, TextWriter output)
    {
        output.WriteLine("| split | recommender | users | Recall@10 | Recall@50 | NDCG@10 |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            output.WriteLine(FormattableString.Invariant($"| {r.Split} | {r.Recommender} | {r.Users} | {r.Recall10:0.000} | {r.Recall50:0.000} | {r.Ndcg10:0.000} |"));
        }
    }
}
