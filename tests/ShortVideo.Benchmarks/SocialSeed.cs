using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.Benchmarks;

/// <summary>
/// The benchmark's graph: seq 1 is the creator; seqs 2..users+1 are regular users, each following the
/// creator and about (edges - star) / users other regular users at random; follower-only accounts
/// after them bring the creator to <c>star</c> followers. Times spread over a year.
/// </summary>
internal sealed class SocialSeed
{
    public const int StarSeq = 1;
    private static readonly DateTime Start = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly int _regular;
    private readonly int _star;
    private readonly int _perUser;
    private readonly Random _random;
    private readonly List<Edge> _starFollowers = [];

    public SocialSeed(int regular, int star, int edges, Random random)
    {
        _regular = regular;
        _star = Math.Max(star, regular);
        _perUser = Math.Max(0, (edges - _star) / regular);
        _random = random;
    }

    public int UserCount => 1 + _star;

    public long EdgeCount => _star + (long)_regular * _perUser;

    public int RandomRegular(Random random) => 2 + random.Next(_regular);

    public IEnumerable<UserRecord> Users() => Enumerable.Range(StarSeq, UserCount).Select(seq => new UserRecord
    {
        Id = Guid.CreateVersion7().ToString("N"),
        Seq = seq,
        Handle = seq == StarSeq ? "star" : $"user{seq}",
        DisplayName = seq == StarSeq ? "The Star" : $"User {seq}",
        PasswordHash = "seeded: no password",
        CreatedAt = Start,
    });

    public IEnumerable<(int FollowerSeq, int FolloweeSeq, DateTime At)> Edges()
    {
        for (var follower = 2; follower < 2 + _star; follower++)
        {
            var at = Time();
            _starFollowers.Add(new Edge(follower, at));
            yield return (follower, StarSeq, at);
            if (follower >= 2 + _regular) continue;
            var chosen = new HashSet<int>();
            while (chosen.Count < _perUser)
            {
                var followee = RandomRegular(_random);
                if (followee != follower && chosen.Add(followee)) yield return (follower, followee, Time());
            }
        }
    }

    /// <summary>The creator's followers in the order a followers page lists them: newest first, ties by seq.</summary>
    public List<Edge> StarFollowersNewestFirst() => [.. _starFollowers.OrderByDescending(e => e.At).ThenBy(e => e.Seq)];

    private DateTime Time() => Start.AddSeconds(_random.Next(365 * 24 * 3600)).AddTicks(_random.Next(10_000_000));
}
