namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Item-to-item co-engagement: "people who finished this also finished that". Each positive
/// (a finish, like, save or share) pairs the video with the same user's recent positives; the
/// similarity of two videos is their pair count over the geometric mean of their positives (cosine).
/// Each video keeps its strongest neighbours only.
/// </summary>
public sealed class CoEngagement
{
    public const int RecentPerUser = 20;
    public const int MaxNeighbours = 100;
    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, float>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _positives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _recent = new(StringComparer.Ordinal);

    /// <summary>Records a positive; a user's repeated positive on one video counts once.</summary>
    public void Positive(string userId, string videoId)
    {
        lock (_gate)
        {
            if (!_recent.TryGetValue(userId, out var recent)) _recent[userId] = recent = [];
            if (recent.Contains(videoId)) return;
            foreach (var other in recent)
            {
                Pair(videoId, other);
                Pair(other, videoId);
            }
            recent.Add(videoId);
            if (recent.Count > RecentPerUser) recent.RemoveAt(0);
            _positives[videoId] = _positives.GetValueOrDefault(videoId) + 1;
        }
    }

    /// <summary>Videos most similar to the seeds, each with its summed similarity and the seed that contributed most.</summary>
    public IReadOnlyList<(string VideoId, double Score, string Because)> Neighbours(IReadOnlyCollection<string> seeds, int limit)
    {
        var scores = new Dictionary<string, (double Score, string Because, double Best)>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var seed in seeds)
            {
                if (!_pairs.TryGetValue(seed, out var neighbours)) continue;
                var seedNorm = Math.Max(1, _positives.GetValueOrDefault(seed));
                foreach (var (other, count) in neighbours)
                {
                    var similarity = count / Math.Sqrt(seedNorm * (double)Math.Max(1, _positives.GetValueOrDefault(other)));
                    var (sum, because, best) = scores.GetValueOrDefault(other, (0, seed, 0));
                    scores[other] = similarity > best ? (sum + similarity, seed, similarity) : (sum + similarity, because, best);
                }
            }
        }
        var top = new PriorityQueue<(string, double, string), double>(limit + 1);
        foreach (var (id, (score, because, _)) in scores)
        {
            top.Enqueue((id, score, because), score);
            if (top.Count > limit) top.Dequeue();
        }
        var ranked = new List<(string VideoId, double Score, string Because)>(top.Count);
        while (top.TryDequeue(out var item, out _)) ranked.Add(item);
        ranked.Reverse();
        return ranked;
    }

    /// <summary>How similar a video is to the seeds in all: the item-kNN score.</summary>
    public double Score(string videoId, IReadOnlyCollection<string> seeds)
    {
        lock (_gate)
        {
            if (!_pairs.TryGetValue(videoId, out var neighbours)) return 0;
            var sum = 0.0;
            foreach (var seed in seeds)
            {
                if (neighbours.TryGetValue(seed, out var count)) sum += Cosine(videoId, seed, count);
            }
            return sum;
        }
    }

    private double Cosine(string a, string b, float count) =>
        count / Math.Sqrt(Math.Max(1, _positives.GetValueOrDefault(a)) * (double)Math.Max(1, _positives.GetValueOrDefault(b)));

    private void Pair(string a, string b)
    {
        if (!_pairs.TryGetValue(a, out var neighbours)) _pairs[a] = neighbours = new Dictionary<string, float>(StringComparer.Ordinal);
        neighbours[b] = neighbours.GetValueOrDefault(b) + 1;
        if (neighbours.Count > 2 * MaxNeighbours)
        {
            foreach (var weak in neighbours.OrderBy(n => n.Value).Take(neighbours.Count - MaxNeighbours).Select(n => n.Key).ToList())
            {
                neighbours.Remove(weak);
            }
        }
    }
}
