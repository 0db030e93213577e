using ShortVideo.Evaluation;

namespace ShortVideo.Simulator;

/// <summary>
/// Simulated engagement logs for offline evaluation: each user is shown videos by a neutral policy
/// (half uniformly random, a third by hidden quality, the rest found by searching a hashtag they
/// like) and reacts by taste; one u.data line per impression, over a few weeks.
/// </summary>
public static class LogGenerator
{
    public static List<Interaction> Generate(SimWorld world, int impressionsPerUser)
    {
        var items = world.Items.Keys.ToList();
        var byQuality = items.OrderByDescending(i => world.Quality[i]).Take(items.Count / 5).ToList();
        var byTag = world.Items.Values.SelectMany(i => i.Tags.Select(t => (t, i.Item))).GroupBy(p => p.t).ToDictionary(g => g.Key, g => g.Select(p => p.Item).ToList());
        var start = world.Items.Values.Max(i => i.CreatedAt);
        var log = new List<Interaction>();
        foreach (var (user, taste) in world.Users)
        {
            var seen = new HashSet<string>();
            var at = start + world.Random.Next(86_400);
            for (var n = 0; n < impressionsPerUser; n++)
            {
                var roll = world.Random.NextDouble();
                var pool = roll < 0.5 ? items : roll < 0.83 ? byQuality : byTag[taste.Tags.ElementAt(world.Random.Next(taste.Tags.Count))];
                var item = pool[world.Random.Next(pool.Count)];
                if (!seen.Add(item)) continue;
                var (completion, liked) = world.React(taste, item);
                at += world.Random.Next(30, 3_600 * 6);
                log.Add(new Interaction(user, item, SimWorld.Rating(completion, liked), at));
            }
        }
        return log;
    }
}
