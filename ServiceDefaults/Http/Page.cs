namespace ShortVideo.ServiceDefaults.Http;

/// <summary>The list shape of API.md: <c>{ items, nextCursor }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
