using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Gathers a page's candidates from every source: followed creators, the user's strongest
/// hashtags, sounds and creators, co-engagement with what they finished, trending, and fresh
/// videos. A video put forward by several sources keeps the first (most personal) reason.
/// </summary>
public sealed class CandidateSources(Catalog catalog, CoEngagement coEngagement)
{
    public const int PerFollowee = 10, TopTags = 5, PerTag = 50, TopSounds = 3, PerSound = 30, TopCreators = 5, PerCreator = 20;
    public const int CoNeighbours = 150, CoSeeds = 10, TrendingPool = 200, FreshPool = 200;

    public List<Candidate> Personal(UserProfile? user, DateTime now, TimeSpan halfLife)
    {
        var found = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        if (user is null) return [];
        foreach (var followee in user.Followees)
        {
            foreach (var v in catalog.ByCreator(followee, PerFollowee)) Offer(found, v, Sources.Following, $"You follow @{v.CreatorHandle}");
        }
        foreach (var tag in Strongest(user.Tags, TopTags, now, halfLife))
        {
            foreach (var v in catalog.Tagged(tag, PerTag)) Offer(found, v, Sources.Hashtag, $"You watch #{tag}");
        }
        foreach (var sound in Strongest(user.Sounds, TopSounds, now, halfLife))
        {
            foreach (var v in catalog.WithSound(sound, PerSound)) Offer(found, v, Sources.Sound, $"You like the sound \"{v.SoundTitle}\"");
        }
        foreach (var creator in Strongest(user.Creators, TopCreators, now, halfLife))
        {
            foreach (var v in catalog.ByCreator(creator, PerCreator)) Offer(found, v, Sources.Creator, $"You watch @{v.CreatorHandle}");
        }
        foreach (var (id, score, because) in coEngagement.Neighbours(user.RecentPositives.TakeLast(CoSeeds).ToList(), CoNeighbours))
        {
            if (catalog.Find(id) is not { } v) continue;
            var seed = catalog.Find(because);
            var detail = seed is null ? "Viewers who finished what you finished also finished this"
                : $"Viewers who finished @{seed.CreatorHandle}'s video{(seed.Hashtags.Count > 0 ? $" #{seed.Hashtags[0]}" : "")} also finished this";
            if (!found.ContainsKey(id)) found[id] = new Candidate(v, Sources.CoEngagement, detail, score);
        }
        return found.Values.ToList();
    }

    public IEnumerable<Candidate> Trending(DateTime now) =>
        catalog.Trending(TrendingPool, now).Select(v => new Candidate(v, Sources.Trending, v.Hashtags.Count > 0 ? $"Trending in #{v.Hashtags[0]}" : "Trending now"));

    /// <summary>New videos with few views: the exploration budget, so new creators get seen.</summary>
    public IEnumerable<Candidate> Fresh(int maxViews) =>
        catalog.Newest(FreshPool).Where(v => v.Views < maxViews).Select(v => new Candidate(v, Sources.Fresh, $"New from @{v.CreatorHandle}"));

    private static void Offer(Dictionary<string, Candidate> found, FeedVideo video, string source, string detail) =>
        found.TryAdd(video.Id, new Candidate(video, source, detail));

    private static IEnumerable<string> Strongest(Dictionary<string, Interest> interests, int count, DateTime now, TimeSpan halfLife) =>
        interests.Select(i => (i.Key, Value: i.Value.ValueAt(now, halfLife))).Where(i => i.Value > 0.1)
            .OrderByDescending(i => i.Value).Take(count).Select(i => i.Key);
}
