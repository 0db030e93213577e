namespace ShortVideo.Contracts;

/// <summary>A profile changed: read models that show the creator (cards, search) update their copy.</summary>
public sealed record UserProfileUpdated(
    string UserId,
    string Handle,
    string DisplayName,
    string Bio,
    string? AvatarUrl,
    DateTimeOffset UpdatedAt);
