namespace ShortVideo.Recommendation;

/// <summary>The recommender's settings, bound from the <c>Recommendation</c> section.</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Recommendation";

    /// <summary>A video the user watched stays out of their For You feed for this long.</summary>
    public TimeSpan SeenWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The share of each page kept for fresh, little-seen videos, so new creators get seen.</summary>
    public double ExplorationShare { get; set; } = 0.2;

    /// <summary>A fresh video with fewer views than this competes for the exploration slots.</summary>
    public int ExplorationMaxViews { get; set; } = 50;

    /// <summary>How fast a user's interest in a hashtag, sound or creator fades without new signals.</summary>
    public TimeSpan InterestHalfLife { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How fast a video's trending heat fades.</summary>
    public TimeSpan HeatHalfLife { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How fast a video's freshness bonus fades.</summary>
    public TimeSpan FreshnessHalfLife { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a For You session (its cursor) stays valid after its last page.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// A signed-out visitor's profile (keyed by the <c>X-Visitor-Id</c> their client sends) expires this
    /// long after the last event that changed it.
    /// </summary>
    public TimeSpan VisitorLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Hot state: <c>memory</c> (in-process, snapshotted to LiteDB) or <c>dapr</c> (a Dapr state store shared by replicas).</summary>
    public string StateStore { get; set; } = "memory";

    /// <summary>The Dapr state store component's name when <see cref="StateStore"/> is <c>dapr</c>.</summary>
    public string DaprStoreName { get; set; } = "recommendation-state";

    /// <summary>How often the in-process hot state and the catalogue's counters are written to LiteDB.</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Set per replica when several run: catalogue events (published, deleted, engagement counts) then
    /// reach every replica on a queue of its own, while per-user events are shared among them.
    /// </summary>
    public string? ReplicaId { get; set; }

    /// <summary>A JSON file of learned ranker weights (written by the evaluation command); built-in weights otherwise.</summary>
    public string? ModelPath { get; set; }
}
