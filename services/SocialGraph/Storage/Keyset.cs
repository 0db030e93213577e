using LiteDB;

namespace ShortVideo.SocialGraph.Storage;

internal static class Keyset
{
    /// <summary>
    /// Indexes a binary key as one value. An index made from a lambda would treat the byte[] as a list
    /// and index every byte on its own (<c>$.Key[*]</c>), which no range query can use.
    /// </summary>
    public static void EnsureKeyIndex<T>(this ILiteCollection<T> collection, string field) => collection.EnsureIndex(field, $"$.{field}");

    /// <summary>
    /// Documents whose binary key lies in [from, to], in key order. BETWEEN makes LiteDB walk only that
    /// index range; a pair of &gt; and &lt; would scan on past the owner's range when a page is short.
    /// </summary>
    public static List<T> Range<T>(ILiteCollection<T> collection, string field, byte[] from, byte[] to, int limit) =>
        collection.Query()
            .Where($"$.{field} BETWEEN @0 AND @1", new BsonValue(from), new BsonValue(to))
            .OrderBy($"$.{field}")
            .Limit(limit)
            .ToList();

    /// <summary>The same range walked from its end, for lists that are oldest first.</summary>
    public static List<T> RangeBackwards<T>(ILiteCollection<T> collection, string field, byte[] from, byte[] to, int limit) =>
        collection.Query()
            .Where($"$.{field} BETWEEN @0 AND @1", new BsonValue(from), new BsonValue(to))
            .OrderByDescending($"$.{field}")
            .Limit(limit)
            .ToList();
}
