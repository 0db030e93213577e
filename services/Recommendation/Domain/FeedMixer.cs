namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Turns ranked candidates into a page: every k-th slot goes to exploration (fresh, little-seen
/// videos), never two in a row from one creator (across pages too) while another creator's video is left, and each hashtag already on the
/// page lowers the next video that carries it, so the page spreads over hashtags.
/// </summary>
public static class FeedMixer
{
    public const double RepeatedTagPenalty = 0.85;

    public static List<Candidate> Mix(List<Candidate> ranked, List<Candidate> exploration, int size, double explorationShare, string? lastCreator)
    {
        var page = new List<Candidate>(size);
        // Best first: a penalty only lowers a score, so a scan can stop at the first score below the best found.
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        exploration.Sort((a, b) => b.Score.CompareTo(a.Score));
        var tagsUsed = new Dictionary<string, int>(StringComparer.Ordinal);
        var every = explorationShare <= 0 ? int.MaxValue : Math.Max(1, (int)Math.Round(1 / explorationShare));
        while (page.Count < size)
        {
            var exploring = (page.Count + 1) % every == 0;
            var (first, second) = exploring ? (exploration, ranked) : (ranked, exploration);
            var (pool, at) = (first, Best(first, lastCreator, tagsUsed));
            if (at < 0) (pool, at) = (second, Best(second, lastCreator, tagsUsed));
            // Only the last creator's videos are left: they follow on rather than end the feed while it still has videos.
            if (at < 0) (pool, at) = (first, Best(first, null, tagsUsed));
            if (at < 0) (pool, at) = (second, Best(second, null, tagsUsed));
            if (at < 0) break;
            var pick = pool[at];
            pool.RemoveAt(at);
            page.Add(pick);
            lastCreator = pick.Video.CreatorId;
            foreach (var tag in pick.Video.Hashtags) tagsUsed[tag] = tagsUsed.GetValueOrDefault(tag) + 1;
        }
        return page;
    }

    /// <summary>The index of the best candidate that may follow <paramref name="lastCreator"/>, or -1.</summary>
    private static int Best(List<Candidate> pool, string? lastCreator, Dictionary<string, int> tagsUsed)
    {
        var (best, bestScore) = (-1, double.NegativeInfinity);
        for (var i = 0; i < pool.Count && pool[i].Score > bestScore; i++)
        {
            var video = pool[i].Video;
            if (video.CreatorId == lastCreator) continue;
            var repeats = 0;
            foreach (var tag in video.Hashtags) repeats = Math.Max(repeats, tagsUsed.GetValueOrDefault(tag));
            var score = repeats == 0 ? pool[i].Score : pool[i].Score * Math.Pow(RepeatedTagPenalty, repeats);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }
}
