namespace ShortVideo.SocialGraph.Storage;

public enum WriteOutcome
{
    /// <summary>The write changed something and published its event.</summary>
    Changed,

    /// <summary>It was so already: nothing changed, nothing published.</summary>
    Unchanged,

    /// <summary>One of the two users blocked the other: refused.</summary>
    Blocked,
}
