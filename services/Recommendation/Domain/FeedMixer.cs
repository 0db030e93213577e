namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Turns ranked candidates into a page: every k-th slot goes to exploration (fresh, little-seen
/// videos), never two in a row from one creator (across pages too), and each hashtag already on the
/// page lowers the next video that carries it, so the page spreads over hashtags.
/// </summary>
public static class FeedMixer
{
    public const double RepeatedTagPenalty = 0.85;

    public static List<Candidate> Mix(List<Candidate> ranked, List<Candidate> exploration, int size, double explorationShare, string? lastCreator)
    {
        var page = new List<Candidate>(size);
        var tagsUsed = new Dictionary<string, int>(StringComparer.Ordinal);
        var every = explorationShare <= 0 ? int.MaxValue : Math.Max(1, (int)Math.Round(1 / explorationShare));
        while (page.Count < size)
        {
            var exploring = (page.Count + 1) % every == 0;
            var pick = Best(exploring ? exploration : ranked, lastCreator, tagsUsed) ?? Best(exploring ? ranked : exploration, lastCreator, tagsUsed);
            if (pick is null) break;
            ranked.Remove(pick);
            exploration.Remove(pick);
            page.Add(pick);
            lastCreator = pick.Video.CreatorId;
            foreach (var tag in pick.Video.Hashtags) tagsUsed[tag] = tagsUsed.GetValueOrDefault(tag) + 1;
        }
        return page;
    }

    private static Candidate? Best(List<Candidate> pool, string? lastCreator, Dictionary<string, int> tagsUsed)
    {
        Candidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in pool)
        {
            if (candidate.Video.CreatorId == lastCreator) continue;
            var repeats = candidate.Video.Hashtags.Count == 0 ? 0 : candidate.Video.Hashtags.Max(t => tagsUsed.GetValueOrDefault(t));
            var score = candidate.Score * Math.Pow(RepeatedTagPenalty, repeats);
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best;
    }
}
