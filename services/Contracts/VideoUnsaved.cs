namespace ShortVideo.Contracts;

public sealed record VideoUnsaved(string VideoId, string UserId, string CreatorId, long SaveCount, DateTimeOffset UnsavedAt);
