using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Domain;

/// <summary>A video a source put forward, why, and (once ranked) its score.</summary>
public sealed record Candidate(FeedVideo Video, string Source, string Detail, double CoEngagement = 0)
{
    public double Score { get; set; }

    public FeedReason Reason => new(Source, Detail);
}

/// <summary>The candidate sources, as named in an item's <c>reason.source</c>.</summary>
public static class Sources
{
    public const string Following = "following";
    public const string Hashtag = "hashtag";
    public const string Sound = "sound";
    public const string Creator = "creator";
    public const string CoEngagement = "co-engagement";
    public const string Trending = "trending";
    public const string Fresh = "fresh";
}
