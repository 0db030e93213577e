namespace ShortVideo.Contracts;

public sealed record CreatorInfo(string Id, string Handle, string DisplayName);
