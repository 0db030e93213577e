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
    DateTimeOffset ViewedAt)
{
    /// <summary>
    /// A signed-out viewer's random visitor id (the <c>X-Visitor-Id</c> header), so the recommender can
    /// adapt a signed-out feed; null when signed in or when the viewer sent none.
    /// </summary>
    public string? VisitorId { get; init; }
}
