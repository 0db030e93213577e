using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Evaluation;

/// <summary>
/// Our ranker, offline: the service's features and logistic model over state replayed from the
/// training interactions. Its weights are learned here first: each user's last 20% of training (by
/// time) is held out as labels, the state is replayed from the rest, and the model is trained on
/// those labelled (features, engaged) pairs plus sampled unseen items as negatives. Then the state
/// is replayed from all of training and the whole catalogue is scored.
/// </summary>
public sealed class ServiceRanker(IReadOnlyDictionary<string, ItemInfo> items, double minRating, bool likes, RecommendationOptions options) : IRecommender
{
    public const int NegativesPerPositive = 4;
    private ReplayedState _state = null!;
    private Dictionary<string, HashSet<string>> _seen = [];

    public string Name => "our ranker";

    public RankerModel Model { get; private set; } = RankerModel.Default;

    public void Fit(IReadOnlyList<Interaction> train, IReadOnlyCollection<string> catalogue)
    {
        Model = Learn(train, catalogue);
        _state = new ReplayedState(catalogue, items, train, options, minRating, likes);
        _seen = MostPopular.Seen(train);
    }

    public IReadOnlyList<string> Recommend(string user, int k)
    {
        var seen = _seen.GetValueOrDefault(user) ?? [];
        var top = new PriorityQueue<string, double>(k + 1);
        foreach (var video in _state.Catalog.Snapshot())
        {
            if (seen.Contains(video.Id)) continue;
            top.Enqueue(video.Id, Model.Score(_state.FeaturesOf(user, video)));
            if (top.Count > k) top.Dequeue();
        }
        var ranked = new List<string>(top.Count);
        while (top.TryDequeue(out var id, out _)) ranked.Add(id);
        ranked.Reverse();
        return ranked;
    }

    private RankerModel Learn(IReadOnlyList<Interaction> train, IReadOnlyCollection<string> catalogue)
    {
        var split = Splits.Temporal(train);
        var state = new ReplayedState(catalogue, items, split.Train, options, minRating, likes);
        var all = catalogue.ToList();
        var random = new Random(11);
        var samples = new List<(double[], bool)>();
        var seen = MostPopular.Seen(split.Train);
        foreach (var held in split.Test)
        {
            if (state.Catalog.Find(held.Item) is not { } video) continue;
            samples.Add((state.FeaturesOf(held.User, video), held.Rating >= minRating));
            if (held.Rating < minRating) continue;
            for (var n = 0; n < NegativesPerPositive; n++)
            {
                var other = all[random.Next(all.Count)];
                if (seen.GetValueOrDefault(held.User)?.Contains(other) == true || other == held.Item) continue;
                samples.Add((state.FeaturesOf(held.User, state.Catalog.Find(other)!), false));
            }
        }
        return samples.Count == 0 ? RankerModel.Default : LogisticRegression.Train(samples);
    }
}
