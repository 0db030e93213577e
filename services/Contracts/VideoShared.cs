namespace ShortVideo.Contracts;

/// <summary><paramref name="ShareCount"/> is the total after this share.</summary>
public sealed record VideoShared(
    string ShareId,
    string VideoId,
    string? UserId,
    string CreatorId,
    string Channel,
    long ShareCount,
    DateTimeOffset SharedAt)
{
    /// <summary>A signed-out sharer's random visitor id (the <c>X-Visitor-Id</c> header); null when signed in or sent none.</summary>
    public string? VisitorId { get; init; }
}
