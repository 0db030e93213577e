namespace ShortVideo.Contracts;

public sealed record UserUnblocked(string BlockerId, string BlockedId, DateTimeOffset UnblockedAt);
