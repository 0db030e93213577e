namespace ShortVideo.Evaluation;

/// <summary>One line of an interactions file: who, what, how strongly (a rating, or our engagement level), when (Unix seconds).</summary>
public sealed record Interaction(string User, string Item, double Rating, long Timestamp);

/// <summary>What the catalogue knows about an item, from an optional items file (MovieLens has none of this).</summary>
public sealed record ItemInfo(string Item, string Creator, string? Sound, IReadOnlyList<string> Tags, long CreatedAt);
