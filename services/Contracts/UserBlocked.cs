namespace ShortVideo.Contracts;

/// <summary>
/// <paramref name="BlockerId"/> blocked <paramref name="BlockedId"/>: follows both ways are gone (their
/// own <see cref="UserUnfollowed"/> events follow), and each is hidden from the other everywhere.
/// </summary>
public sealed record UserBlocked(string BlockerId, string BlockedId, DateTimeOffset BlockedAt);
