namespace ShortVideo.Contracts;

public sealed record VideoTranscodeFailed(string VideoId, string Reason, DateTimeOffset FailedAt);
