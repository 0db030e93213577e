namespace ShortVideo.Recommendation.Domain;

public static class Decay
{
    /// <summary>2^(-elapsed/halfLife); an event from the future (clock skew) counts in full.</summary>
    public static double Factor(TimeSpan elapsed, TimeSpan halfLife) =>
        elapsed <= TimeSpan.Zero ? 1 : Math.Pow(2, -elapsed / halfLife);
}
