using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>
/// Who reads a feed or caused an event: a signed-in user, a signed-out visitor known by the visitor
/// id their client sends, or an anonymous reader (neither), whose feed cannot adapt.
/// </summary>
public readonly record struct Viewer(string? UserId, string? VisitorId)
{
    public static Viewer Of(string? userId, string? visitorId) => userId is not null ? new(userId, null) : new(null, visitorId);

    public static Viewer User(string userId) => new(userId, null);

    public static Viewer Visitor(string visitorId) => new(null, visitorId);

    /// <summary>The hot state key of this viewer's profile; null for an anonymous reader.</summary>
    public string? ProfileKey => UserId is { } user ? Profiles.Key(user) : VisitorId is { } visitor ? Profiles.VisitorKey(visitor) : null;

    /// <summary>A profile for a viewer with no events yet; a visitor's carries the key, which no creator id can equal.</summary>
    public UserProfile NewProfile() => new() { UserId = UserId ?? ProfileKey ?? "" };
}
