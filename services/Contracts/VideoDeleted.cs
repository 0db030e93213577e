namespace ShortVideo.Contracts;

/// <summary>A video is gone: every read model drops it. Duets and stitches of it were encoded whole and keep playing.</summary>
public sealed record VideoDeleted(string VideoId, string CreatorId, DateTimeOffset DeletedAt);
