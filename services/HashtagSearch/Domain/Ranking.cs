using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// How engagement ranks videos. Weights say how much each act tells about a video: a view is
/// the weakest signal, a share the strongest (the viewer vouches for it in public).
/// </summary>
public static class Ranking
{
    public const double ViewWeight = 1, LikeWeight = 4, CommentWeight = 6, ShareWeight = 10;

    /// <summary>Seconds for the "top" order to trade one tenfold of engagement: about 12.5 hours.</summary>
    public const double DecaySeconds = 45_000;

    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static double Engagement(CardStats stats) =>
        stats.Views * ViewWeight + stats.Likes * LikeWeight + stats.Comments * CommentWeight + stats.Shares * ShareWeight;

    /// <summary>
    /// The "top" order: engagement with time decay, written as a score that never needs
    /// recomputing (the log of engagement plus age credit, as Reddit's "hot"): a video ten
    /// times as engaging ranks level with one <see cref="DecaySeconds"/> younger.
    /// </summary>
    public static double Hot(CardStats stats, DateTimeOffset createdAt) =>
        Math.Log10(Math.Max(Engagement(stats), 1)) + AgeCredit(createdAt);

    /// <summary>The engagement part of a <see cref="Hot"/> score: its log, read back from the score and the creation time.</summary>
    public static double EngagementLog(double hot, DateTimeOffset createdAt) => hot - AgeCredit(createdAt);

    /// <summary>
    /// Above the <see cref="Hot"/> score of any video created before <paramref name="createdBefore"/>
    /// whose <see cref="EngagementLog"/> is at most <paramref name="engagementLog"/>.
    /// </summary>
    public static double HotCeiling(double engagementLog, DateTimeOffset createdBefore) => engagementLog + AgeCredit(createdBefore);

    private static double AgeCredit(DateTimeOffset createdAt) => (createdAt - Epoch).TotalSeconds / DecaySeconds;

    /// <summary>A gentle multiplier on text relevance: engagement lifts a match, never outweighs the words.</summary>
    public static float RelevanceBoost(double engagement) => (float)(1 + Math.Log10(1 + Math.Max(engagement, 0)) / 4);
}
