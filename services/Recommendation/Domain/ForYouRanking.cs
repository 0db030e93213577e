using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// The first, simple For You ranking: likes decayed by age (a "gravity" score, as on link
/// aggregators), so the newest and the most-liked rise together. Creators the viewer follows get
/// a lift. The learned ranking replaces this score; the shape (candidates → score → reason) stays.
/// </summary>
public static class ForYouRanking
{
    public const double Gravity = 1.5;
    public const double FollowingBoost = 2.0;

    public static double Score(long likes, TimeSpan age, bool followsCreator) =>
        (likes + 1) / Math.Pow(Math.Max(0, age.TotalHours) + 2, Gravity) * (followsCreator ? FollowingBoost : 1);

    public static IReadOnlyList<(FeedVideo Video, FeedReason Reason)> Rank(
        IEnumerable<FeedVideo> candidates, IReadOnlySet<string> followees, string? viewerId, DateTime now) =>
        candidates
            .Where(v => v.CreatorId != viewerId)
            .Select(v => (Video: v, Score: Score(v.Likes, now - v.CreatedAt.ToUniversalTime(), followees.Contains(v.CreatorId))))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Video.CreatedAt)
            .ThenBy(x => x.Video.Id, StringComparer.Ordinal)
            .Select(x => (x.Video, ReasonFor(x.Video, followees, now)))
            .ToList();

    public static FeedReason ReasonFor(FeedVideo video, IReadOnlySet<string> followees, DateTime now) =>
        followees.Contains(video.CreatorId) ? new FeedReason("following", $"You follow @{video.CreatorHandle}")
        : video.Likes > 0 ? new FeedReason("popular", $"{video.Likes} {(video.Likes == 1 ? "like" : "likes")}")
        : new FeedReason("fresh", $"New from @{video.CreatorHandle}");
}
