using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Evaluation;

/// <summary>
/// The recommender's own state (catalogue, co-engagement, user profiles) built by replaying
/// interactions in time order through the service's domain code, as its consumers would apply the
/// events: a rating at or above the relevance threshold is a finished view (a 5 on our logs also a
/// like), anything lower a skip.
/// </summary>
public sealed class ReplayedState
{
    public const double LikedRating = 5;
    private readonly RecommendationOptions _options;

    public ReplayedState(IReadOnlyCollection<string> catalogue, IReadOnlyDictionary<string, ItemInfo> items, IReadOnlyList<Interaction> train, RecommendationOptions options, double minRating, bool likes)
    {
        _options = options;
        Catalog = new Catalog(options.HeatHalfLife);
        var firstSeen = train.GroupBy(i => i.Item).ToDictionary(g => g.Key, g => g.Min(i => i.Timestamp));
        foreach (var item in catalogue)
        {
            var info = items.GetValueOrDefault(item);
            Catalog.Upsert(new FeedVideo
            {
                Id = item,
                CreatorId = info?.Creator ?? $"creator-of-{item}",
                CreatorHandle = info?.Creator ?? item,
                SoundId = info?.Sound,
                Hashtags = info?.Tags.ToList() ?? [],
                DurationMs = 15_000,
                CreatedAt = DateTime.UnixEpoch.AddSeconds(info?.CreatedAt ?? firstSeen.GetValueOrDefault(item)),
            });
        }
        foreach (var i in train.OrderBy(i => i.Timestamp)) Apply(i, minRating, likes);
    }

    public Catalog Catalog { get; }

    public CoEngagement CoEngagement { get; } = new();

    public Dictionary<string, UserProfile> Profiles { get; } = [];

    public Dictionary<string, DateTime> LastSeen { get; } = [];

    public double[] FeaturesOf(string user, FeedVideo video)
    {
        var profile = Profiles.GetValueOrDefault(user);
        var now = LastSeen.GetValueOrDefault(user, DateTime.UnixEpoch);
        var co = profile is null ? 0 : CoEngagement.Score(video.Id, profile.RecentPositives.TakeLast(CandidateSources.CoSeeds).ToList());
        return Features.Of(profile, video, co, Catalog, now, _options.InterestHalfLife, _options.FreshnessHalfLife);
    }

    private void Apply(Interaction i, double minRating, bool likes)
    {
        var at = DateTime.UnixEpoch.AddSeconds(i.Timestamp);
        var video = Catalog.Find(i.Item)!;
        var positive = i.Rating >= minRating;
        var completion = positive ? 1.0 : 0.1;
        if (!Profiles.TryGetValue(i.User, out var profile)) Profiles[i.User] = profile = new UserProfile { UserId = i.User };
        ProfileLearning.Viewed(profile, i.Item, video, completion, at, _options.InterestHalfLife);
        var liked = likes && i.Rating >= LikedRating;
        if (liked) ProfileLearning.Engaged(profile, video, Signals.Liked, at, _options.InterestHalfLife);
        Catalog.Update(i.Item, v =>
        {
            v.Views++;
            v.CompletionSum += completion;
            if (positive) v.Positives++;
            if (liked) v.Likes++;
            Catalog.Heat(v, positive ? 1 : 0.05, at);
        });
        if (positive) CoEngagement.Positive(i.User, i.Item);
        LastSeen[i.User] = at;
    }
}
