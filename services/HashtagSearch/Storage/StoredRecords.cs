namespace ShortVideo.HashtagSearch.Storage;

// The service's own records in LiteDB: the source every index is built from. Mutable classes
// because LiteDB maps them by property.

/// <summary>A live video; its card is kept as JSON, exactly as served.</summary>
public sealed class StoredVideo
{
    public string Id { get; set; } = "";

    public string CreatorId { get; set; } = "";

    public string Card { get; set; } = "";
}

public sealed class StoredUser
{
    public string Id { get; set; } = "";

    public string Handle { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>UTC ticks of the event that wrote this copy.</summary>
    public long UpdatedAt { get; set; }
}

/// <summary>A hashtag's or a sound's totals over its live videos.</summary>
public sealed class StoredTotals
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public long VideoCount { get; set; }

    public long Views { get; set; }
}

/// <summary>The latest word on one (blocker, blocked) pair; <see cref="At"/> lets a late, older event lose.</summary>
public sealed class StoredBlock
{
    public string Id { get; set; } = "";

    public string BlockerId { get; set; } = "";

    public string BlockedId { get; set; } = "";

    public bool Blocked { get; set; }

    /// <summary>UTC ticks.</summary>
    public long At { get; set; }
}

/// <summary>Engagement weight of one hashtag or sound in one time slot (see <see cref="Domain.TrendScore"/>).</summary>
public sealed class StoredTrendSlot
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Key { get; set; } = "";

    public long Slot { get; set; }

    public double Weight { get; set; }
}

/// <summary>
/// Counters for a video whose VideoPublished has not arrived yet (events travel on different
/// queues): they are kept and applied when it does, rather than lost.
/// </summary>
public sealed class StoredEarlyStats
{
    public string Id { get; set; } = "";

    public long Views { get; set; }

    public long Likes { get; set; }

    public long Comments { get; set; }

    public long Shares { get; set; }

    /// <summary>UTC ticks of the latest event counted.</summary>
    public long At { get; set; }
}
