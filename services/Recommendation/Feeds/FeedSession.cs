namespace ShortVideo.Recommendation.Feeds;

/// <summary>
/// One For You session, from its first page to its last cursor: the pages served (so a repeated
/// cursor gets the same page back, and nothing is skipped) and every video served (so nothing
/// repeats). Kept in the hot state store with a lifetime, shared by replicas.
/// </summary>
public sealed class FeedSession
{
    public string? UserId { get; set; }

    /// <summary>The signed-out visitor the session was opened for: a cursor works for its own viewer only.</summary>
    public string? VisitorId { get; set; }

    public List<List<ServedItem>> Pages { get; set; } = [];

    public HashSet<string> Served { get; set; } = [];

    public string? LastCreator { get; set; }
}

/// <summary>A video served on a page, with the reason it was served for.</summary>
public sealed record ServedItem(string Id, string Source, string Detail);
