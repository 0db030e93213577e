namespace ShortVideo.Evaluation;

/// <summary>Baseline: the items with the most positive training interactions, the same list for everyone.</summary>
public sealed class MostPopular(double minRating) : IRecommender
{
    private List<string> _ranked = [];
    private Dictionary<string, HashSet<string>> _seen = [];

    public string Name => "most-popular";

    public void Fit(IReadOnlyList<Interaction> train, IReadOnlyCollection<string> catalogue)
    {
        var counts = train.Where(i => i.Rating >= minRating).GroupBy(i => i.Item).ToDictionary(g => g.Key, g => g.Count());
        _ranked = catalogue.OrderByDescending(i => counts.GetValueOrDefault(i)).ThenBy(i => i, StringComparer.Ordinal).ToList();
        _seen = Seen(train);
    }

    public IReadOnlyList<string> Recommend(string user, int k)
    {
        var seen = _seen.GetValueOrDefault(user) ?? [];
        return _ranked.Where(i => !seen.Contains(i)).Take(k).ToList();
    }

    internal static Dictionary<string, HashSet<string>> Seen(IReadOnlyList<Interaction> train) =>
        train.GroupBy(i => i.User).ToDictionary(g => g.Key, g => g.Select(i => i.Item).ToHashSet());
}
