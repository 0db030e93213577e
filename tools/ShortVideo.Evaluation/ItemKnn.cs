namespace ShortVideo.Evaluation;

/// <summary>
/// Baseline: item-based k-nearest neighbours. Items are similar by the cosine of their positive
/// training users; a user's score for an item sums its similarity to the items they engaged with,
/// over each item's <c>neighbours</c> nearest.
/// </summary>
public sealed class ItemKnn(double minRating, int neighbours = 50) : IRecommender
{
    private Dictionary<string, Dictionary<string, double>> _similar = [];
    private Dictionary<string, List<string>> _positives = [];
    private Dictionary<string, HashSet<string>> _seen = [];

    public string Name => "item-kNN";

    public void Fit(IReadOnlyList<Interaction> train, IReadOnlyCollection<string> catalogue)
    {
        _seen = MostPopular.Seen(train);
        _positives = train.Where(i => i.Rating >= minRating).GroupBy(i => i.User).ToDictionary(g => g.Key, g => g.Select(i => i.Item).Distinct().ToList());
        var counts = new Dictionary<string, int>();
        var pairs = new Dictionary<(string, string), int>();
        foreach (var items in _positives.Values)
        {
            foreach (var a in items)
            {
                counts[a] = counts.GetValueOrDefault(a) + 1;
                foreach (var b in items)
                {
                    if (!ReferenceEquals(a, b) && a != b) pairs[(a, b)] = pairs.GetValueOrDefault((a, b)) + 1;
                }
            }
        }
        _similar = pairs.GroupBy(p => p.Key.Item1).ToDictionary(g => g.Key, g => g
            .Select(p => (Other: p.Key.Item2, Similarity: p.Value / Math.Sqrt((double)counts[p.Key.Item1] * counts[p.Key.Item2])))
            .OrderByDescending(p => p.Similarity).Take(neighbours).ToDictionary(p => p.Other, p => p.Similarity));
    }

    public IReadOnlyList<string> Recommend(string user, int k)
    {
        var seen = _seen.GetValueOrDefault(user) ?? [];
        var scores = new Dictionary<string, double>();
        foreach (var item in _positives.GetValueOrDefault(user) ?? [])
        {
            foreach (var (other, similarity) in _similar.GetValueOrDefault(item) ?? [])
            {
                if (!seen.Contains(other)) scores[other] = scores.GetValueOrDefault(other) + similarity;
            }
        }
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(k).Select(s => s.Key).ToList();
    }
}
