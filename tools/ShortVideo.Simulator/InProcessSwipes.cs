using ShortVideo.Evaluation;
using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Simulator;

/// <summary>
/// New users with hidden tastes swipe 50 videos (pages of 10) of three feeds: our For You (the
/// service's ForYouFeed over a catalogue that already holds the simulated log's history, learning
/// from every reaction as the consumers do), a random feed and a most-popular feed. Reports, per
/// block of ten swipes, the share of served videos that match the user's hidden taste.
/// </summary>
public static class InProcessSwipes
{
    public const int Swipes = 50, PageSize = 10;

    public static IReadOnlyDictionary<string, double[]> Run(SimWorld world, IReadOnlyList<Interaction> history, RankerModel model, int users)
    {
        var options = new RecommendationOptions();
        var state = new ReplayedState(world.Items.Keys.ToList(), world.Items, history, options, minRating: 4, likes: true);
        var feed = new ForYouFeed(state.Catalog, new CandidateSources(state.Catalog, state.CoEngagement), () => model, options);
        var popular = history.Where(i => i.Rating >= 4).GroupBy(i => i.Item).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var now = DateTime.UnixEpoch.AddSeconds(history.Max(i => i.Timestamp));
        var results = new Dictionary<string, double[]> { ["our For You"] = new double[5], ["random"] = new double[5], ["most-popular"] = new double[5] };
        var tastes = Enumerable.Range(0, users).Select(_ => world.NewTaste()).ToList();
        foreach (var (taste, n) in tastes.Select((t, n) => (t, n)))
        {
            Tally(results["our For You"], world, taste, Ours(world, state, feed, taste, $"sim-new-{n}", now, options));
            Tally(results["random"], world, taste, world.Items.Keys.OrderBy(_ => world.Random.Next()).Take(Swipes).ToList());
            Tally(results["most-popular"], world, taste, popular.Take(Swipes).ToList());
        }
        foreach (var shares in results.Values)
        {
            for (var b = 0; b < shares.Length; b++) shares[b] /= users * PageSize;
        }
        return results;
    }

    private static List<string> Ours(SimWorld world, ReplayedState state, ForYouFeed feed, Taste taste, string user, DateTime now, RecommendationOptions options)
    {
        var profile = new UserProfile { UserId = user };
        var served = new HashSet<string>();
        var order = new List<string>();
        string? lastCreator = null;
        while (order.Count < Swipes)
        {
            var page = feed.Next(profile, served, lastCreator, PageSize, now).Items;
            if (page.Count == 0) break;
            foreach (var candidate in page)
            {
                var video = candidate.Video;
                served.Add(video.Id);
                order.Add(video.Id);
                lastCreator = video.CreatorId;
                now = now.AddSeconds(20);
                var (completion, liked) = world.React(taste, video.Id);
                ProfileLearning.Viewed(profile, video.Id, video, completion, now, options.InterestHalfLife);
                if (liked) ProfileLearning.Engaged(profile, video, Signals.Liked, now, options.InterestHalfLife);
                if (completion >= Signals.FinishedAt || liked) state.CoEngagement.Positive(user, video.Id);
            }
        }
        return order;
    }

    private static void Tally(double[] blocks, SimWorld world, Taste taste, List<string> served)
    {
        for (var i = 0; i < Math.Min(served.Count, Swipes); i++)
        {
            if (world.Matches(taste, served[i])) blocks[i / PageSize]++;
        }
    }
}
