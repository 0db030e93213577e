using System.Buffers.Binary;
using System.Text;

namespace ShortVideo.SocialGraph.Domain;

/// <summary>
/// Binary index keys for keyset pages, newest first: owner, a 0 byte, the time inverted (so that
/// ascending byte order is newest first), then the item. LiteDB compares binary keys byte by byte,
/// so one owner's items form one contiguous range that an index walks without sorting, at any depth.
/// </summary>
public static class SortKey
{
    private const int TimeBytes = 8;

    public static byte[] Of(ReadOnlySpan<byte> owner, DateTime at, ReadOnlySpan<byte> item)
    {
        var key = new byte[owner.Length + 1 + TimeBytes + item.Length];
        owner.CopyTo(key);
        BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(owner.Length + 1), long.MaxValue - at.ToUniversalTime().Ticks);
        item.CopyTo(key.AsSpan(owner.Length + 1 + TimeBytes));
        return key;
    }

    public static byte[] Of(string owner, DateTime at, string item) => Of(Encoding.UTF8.GetBytes(owner), at, Encoding.UTF8.GetBytes(item));

    public static byte[] Of(int owner, DateTime at, int item) => Of(Int(owner), at, Int(item));

    /// <summary>The lowest key of an owner's range, or the first key after a cursor's item when one is given.</summary>
    public static byte[] Start(ReadOnlySpan<byte> owner, (DateTime At, byte[] Item)? after) =>
        after is var (at, item) ? [.. Of(owner, at, item), 0] : [.. owner, 0];

    /// <summary>Above every key of the owner (the separator byte 0 becomes 1).</summary>
    public static byte[] End(ReadOnlySpan<byte> owner) => [.. owner, 1];

    public static DateTime TimeOf(byte[] key, int ownerLength) =>
        new(long.MaxValue - BinaryPrimitives.ReadInt64BigEndian(key.AsSpan(ownerLength + 1, TimeBytes)), DateTimeKind.Utc);

    public static ReadOnlySpan<byte> ItemOf(byte[] key, int ownerLength) => key.AsSpan(ownerLength + 1 + TimeBytes);

    public static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public static int IntOf(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32BigEndian(bytes);
}
