namespace ShortVideo.Evaluation;

public sealed record Split(string Name, IReadOnlyList<Interaction> Train, IReadOnlyList<Interaction> Test);

public static class Splits
{
    /// <summary>Each user's last <paramref name="share"/> of interactions by time held out: the future predicted from the past.</summary>
    public static Split Temporal(IReadOnlyList<Interaction> all, double share = 0.2)
    {
        var train = new List<Interaction>();
        var test = new List<Interaction>();
        foreach (var user in all.GroupBy(i => i.User))
        {
            var ordered = user.OrderBy(i => i.Timestamp).ThenBy(i => i.Item, StringComparer.Ordinal).ToList();
            var held = (int)Math.Round(ordered.Count * share);
            train.AddRange(ordered.Take(ordered.Count - held));
            test.AddRange(ordered.Skip(ordered.Count - held));
        }
        return new Split("temporal (each user's last 20%)", train, test);
    }

    /// <summary>A random <paramref name="share"/> of all interactions held out, with a fixed seed.</summary>
    public static Split Random(IReadOnlyList<Interaction> all, double share = 0.2, int seed = 42)
    {
        var random = new System.Random(seed);
        var held = all.Select(i => (i, Test: random.NextDouble() < share)).ToList();
        return new Split("random 80/20", held.Where(h => !h.Test).Select(h => h.i).ToList(), held.Where(h => h.Test).Select(h => h.i).ToList());
    }
}
