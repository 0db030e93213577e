namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// One user's hot state, learned from their events: interests in hashtags, sounds and creators,
/// whom they follow, whom they block or are blocked by, creators they are not interested in, and
/// what they have seen. Kept behind <see cref="State.IHotStateStore"/> so replicas share it.
/// </summary>
public sealed class UserProfile
{
    public const int MaxInterests = 200;
    public const int MaxSeen = 5000;
    public const int MaxRecentPositives = 30;

    public string UserId { get; set; } = "";

    public Dictionary<string, Interest> Tags { get; set; } = [];

    public Dictionary<string, Interest> Sounds { get; set; } = [];

    public Dictionary<string, Interest> Creators { get; set; } = [];

    public HashSet<string> Followees { get; set; } = [];

    public HashSet<string> Blocked { get; set; } = [];

    public HashSet<string> BlockedBy { get; set; } = [];

    public HashSet<string> NotInterested { get; set; } = [];

    /// <summary>Videos watched, with when.</summary>
    public Dictionary<string, DateTime> Seen { get; set; } = [];

    /// <summary>The latest videos the user finished, liked, saved or shared, newest last: seeds for co-engagement.</summary>
    public List<string> RecentPositives { get; set; } = [];

    /// <summary>How many engagement signals shaped this profile: a cold start has few.</summary>
    public int Signals { get; set; }

    public bool Hides(string creatorId) => Blocked.Contains(creatorId) || BlockedBy.Contains(creatorId) || NotInterested.Contains(creatorId);

    public bool HasSeen(string videoId, DateTime now, TimeSpan window) => Seen.TryGetValue(videoId, out var at) && now - at < window;
}
