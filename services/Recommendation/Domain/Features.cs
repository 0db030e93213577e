using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// The features the ranker scores a (user, video) pair on, each squashed into about -1..1 so that
/// learned weights compare: the user's live interests in the video's hashtags (their mean), sound and creator,
/// following, co-engagement with what they finished, and the video's quality (completion rate,
/// engagement per view), popularity, heat and freshness.
/// </summary>
public static class Features
{
    public static readonly string[] Names =
        ["bias", "hashtags", "sound", "creator", "follows", "coEngagement", "completionRate", "engagementRate", "popularity", "heat", "freshness"];

    public static int Count => Names.Length;

    /// <summary>How many views' worth of the catalogue's mean completion a video's own rate starts from.</summary>
    public const double CompletionPrior = 5;

    public static double[] Of(UserProfile? user, FeedVideo video, double coEngagement, Catalog catalog, DateTime now, TimeSpan interestHalfLife, TimeSpan freshnessHalfLife)
    {
        var x = new double[Count];
        x[0] = 1;
        if (user is not null)
        {
            var tags = 0.0;
            foreach (var tag in video.Hashtags)
            {
                if (user.Tags.TryGetValue(tag, out var interest)) tags += interest.ValueAt(now, interestHalfLife);
            }
            x[1] = video.Hashtags.Count == 0 ? 0 : Math.Tanh(tags / video.Hashtags.Count / 3);
            x[2] = video.SoundId is { } sound && user.Sounds.TryGetValue(sound, out var s) ? Math.Tanh(s.ValueAt(now, interestHalfLife) / 3) : 0;
            x[3] = user.Creators.TryGetValue(video.CreatorId, out var c) ? Math.Tanh(c.ValueAt(now, interestHalfLife) / 3) : 0;
            x[4] = user.Followees.Contains(video.CreatorId) ? 1 : 0;
        }
        x[5] = Math.Tanh(coEngagement);
        x[6] = (video.CompletionSum + CompletionPrior * catalog.MeanCompletion) / (video.Views + CompletionPrior) - catalog.MeanCompletion;
        x[7] = Math.Tanh(10 * (video.Likes + 2.0 * video.Shares + video.Comments + 2.0 * video.Saves) / (video.Views + 20));
        x[8] = Math.Log(1 + video.Positives) / Math.Log(2 + catalog.MaxPositives);
        x[9] = Math.Tanh(Math.Log(1 + catalog.HeatAt(video, now)) / 4);
        x[10] = Decay.Factor(now - video.CreatedAt, freshnessHalfLife);
        return x;
    }
}
