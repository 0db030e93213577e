namespace ShortVideo.Recommendation.Domain;

/// <summary>How much each kind of engagement moves a user's interests (and a video's heat). Negative means "less of this".</summary>
public static class Signals
{
    public const double Completed = 1.0;
    public const double Partial = 0.3;
    public const double Skipped = -0.6;
    public const double Liked = 1.5;
    public const double Saved = 2.0;
    public const double Shared = 2.0;
    public const double Commented = 1.0;
    public const double Followed = 2.0;
    public const double NotInterested = -3.0;

    /// <summary>A view at or above this completion counts as finished.</summary>
    public const double FinishedAt = 0.8;

    /// <summary>A view below this completion is a skip.</summary>
    public const double SkippedBelow = 0.25;

    public static double Completion(int watchedMs, int durationMs) =>
        durationMs <= 0 ? 0 : Math.Clamp((double)watchedMs / durationMs, 0, 1);

    public static double OfView(double completion) =>
        completion >= FinishedAt ? Completed : completion < SkippedBelow ? Skipped : Partial;
}
