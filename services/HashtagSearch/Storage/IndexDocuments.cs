using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>What the index holds: four kinds of document, each the full answer to a search of its type.</summary>
public abstract record IndexDocument;

public sealed record VideoDocument(VideoCard Card) : IndexDocument;

public sealed record UserDocument(string Id, string Handle, string DisplayName) : IndexDocument;

/// <summary>A hashtag's totals over its live videos; one with no videos left is removed from the index.</summary>
public sealed record HashtagDocument(string Tag, long VideoCount, long Views) : IndexDocument;

/// <summary>A sound's totals over the live videos that use it; one with no videos left is removed from the index.</summary>
public sealed record SoundDocument(string Id, string Title, long VideoCount, long Views) : IndexDocument;
