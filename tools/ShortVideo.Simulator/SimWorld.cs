using ShortVideo.Evaluation;

namespace ShortVideo.Simulator;

/// <summary>A user's hidden taste: the hashtags, sounds and creators they enjoy. Feeds never see it; only reactions.</summary>
public sealed record Taste(IReadOnlySet<string> Tags, IReadOnlySet<string> Sounds, IReadOnlySet<string> Creators)
{
    public bool Matches(IReadOnlyList<string> tags, string? sound, string creator) =>
        tags.Any(Tags.Contains) || (sound is not null && Sounds.Contains(sound)) || Creators.Contains(creator);
}

/// <summary>
/// A synthetic catalogue and population: creators post mostly within two home hashtags, half with
/// their own sound and half with a shared (Zipf-popular) sound; each video has a hidden quality;
/// each user enjoys two hashtags, three shared sounds and four creators.
/// </summary>
public sealed class SimWorld
{
    public SimWorld(int seed, int tags = 30, int sounds = 50, int creators = 150, int videos = 3000, int users = 400)
    {
        Random = new Random(seed);
        TagNames = Enumerable.Range(0, tags).Select(i => $"topic{i}").ToList();
        SoundIds = Enumerable.Range(0, sounds).Select(i => $"sound{i}").ToList();
        CreatorIds = Enumerable.Range(0, creators).Select(i => $"creator{i}").ToList();
        var home = CreatorIds.ToDictionary(c => c, _ => new[] { Pick(TagNames), Pick(TagNames) });
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Items = Enumerable.Range(0, videos).Select(i =>
        {
            var creator = Pick(CreatorIds);
            var tagsOf = new[] { Random.NextDouble() < 0.8 ? home[creator][Random.Next(2)] : Pick(TagNames) }
                .Concat(Random.NextDouble() < 0.5 ? [home[creator][Random.Next(2)]] : []).Distinct().ToList();
            var sound = Random.NextDouble() < 0.5 ? $"own-{creator}" : SoundIds[Zipf(SoundIds.Count)];
            return new ItemInfo($"video{i}", creator, sound, tagsOf, start + (long)(i * 600L * Random.NextDouble()));
        }).ToDictionary(i => i.Item);
        Quality = Items.Keys.ToDictionary(k => k, _ => Random.NextDouble());
        Users = Enumerable.Range(0, users).ToDictionary(i => $"user{i}", _ => NewTaste());
    }

    public Random Random { get; }

    public List<string> TagNames { get; }

    public List<string> SoundIds { get; }

    public List<string> CreatorIds { get; }

    public Dictionary<string, ItemInfo> Items { get; }

    public Dictionary<string, double> Quality { get; }

    public Dictionary<string, Taste> Users { get; }

    public Taste NewTaste() => new(
        Enumerable.Range(0, 2).Select(_ => Pick(TagNames)).ToHashSet(),
        Enumerable.Range(0, 3).Select(_ => SoundIds[Zipf(SoundIds.Count)]).ToHashSet(),
        Enumerable.Range(0, 4).Select(_ => Pick(CreatorIds)).ToHashSet());

    public bool Matches(Taste taste, string item) => Items[item] is var i && taste.Matches(i.Tags, i.Sound, i.Creator);

    /// <summary>How a user reacts to a video: the share watched, and whether they like it.</summary>
    public (double Completion, bool Liked) React(Taste taste, string item)
    {
        var match = Matches(taste, item);
        var quality = Quality[item];
        var enjoys = Random.NextDouble() < (match ? 0.75 + 0.2 * quality : 0.08 + 0.12 * quality);
        var completion = enjoys ? 0.8 + 0.2 * Random.NextDouble() : 0.25 * Random.NextDouble();
        return (completion, enjoys && Random.NextDouble() < (match ? 0.45 : 0.1));
    }

    /// <summary>The log's engagement level in u.data's rating column: 1 skipped, 3 partly watched, 4 finished, 5 liked.</summary>
    public static int Rating(double completion, bool liked) => liked ? 5 : completion >= 0.8 ? 4 : completion >= 0.25 ? 3 : 1;

    private string Pick(List<string> list) => list[Random.Next(list.Count)];

    private int Zipf(int n)
    {
        var u = Random.NextDouble() * Math.Log(n + 1);
        return Math.Min(n - 1, (int)Math.Exp(u) - 1);
    }
}
