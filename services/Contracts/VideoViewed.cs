namespace ShortVideo.Contracts;

/// <summary>
/// Someone watched <paramref name="WatchedMs"/> of a video of <paramref name="DurationMs"/>; a signed-out
/// viewer has no <paramref name="UserId"/>. <paramref name="ViewCount"/> is the total after this view.
/// Completion (watched / duration) is the strongest signal the recommender has.
/// </summary>
public sealed record VideoViewed(
    string ViewId,
    string VideoId,
    string? UserId,
    string CreatorId,
    int WatchedMs,
    int DurationMs,
    long ViewCount,
    DateTimeOffset ViewedAt);
