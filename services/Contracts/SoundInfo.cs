namespace ShortVideo.Contracts;

public sealed record SoundInfo(string Id, string Title);
