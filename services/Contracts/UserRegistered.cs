namespace ShortVideo.Contracts;

public sealed record UserRegistered(string UserId, string Handle, string DisplayName, DateTimeOffset RegisteredAt);
