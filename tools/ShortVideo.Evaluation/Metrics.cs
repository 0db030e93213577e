namespace ShortVideo.Evaluation;

/// <summary>Top-K metrics with binary relevance, averaged over users with at least one relevant held-out item.</summary>
public static class Metrics
{
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(k).Count(relevant.Contains) / relevant.Count;

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k)
    {
        var dcg = ranked.Take(k).Select((item, i) => relevant.Contains(item) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(k, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
