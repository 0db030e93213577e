using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// Opaque cursors. A keyset cursor names the last item returned (its time and id), so a page
/// never repeats or skips items when newer ones arrive in between.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// A list's page size: <paramref name="defaultLimit"/> when none is asked for, at most <see cref="MaxLimit"/> (a larger one is served
    /// at the maximum, as API.md's "max 100" says); under 1 is not a page size and answers 400 naming <c>limit</c>.
    /// </summary>
    public static int Limit(int? requested, int defaultLimit = DefaultLimit) => requested switch
    {
        null => defaultLimit,
        < 1 => throw new InvalidValueException("limit", $"\"{requested}\" is not a page size: ask for 1 to {MaxLimit} items."),
        _ => Math.Min(requested.Value, MaxLimit),
    };

    public static string Encode(DateTime at, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{at.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture)}:{id}"));

    public static bool TryDecode(string? cursor, out (DateTime At, string Id)? position)
    {
        position = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':');
            if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }
            position = (new DateTime(ticks, DateTimeKind.Utc), text[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The page after a keyset cursor: newest first, ties on the time broken by id. Stores fetch a
    /// few more rows than the page from their time index and finish here. Times are compared in UTC,
    /// since an embedded store may hand them back in local time.
    /// </summary>
    public static List<T> After<T>(IEnumerable<T> candidates, Func<T, DateTime> at, Func<T, string> id, (DateTime At, string Id)? after, int limit) =>
        candidates
            .OrderByDescending(x => at(x).ToUniversalTime()).ThenByDescending(id, StringComparer.Ordinal)
            .Where(x => after is not var (time, last) || at(x).ToUniversalTime() < time || (at(x).ToUniversalTime() == time && string.CompareOrdinal(id(x), last) < 0))
            .Take(limit)
            .ToList();

    /// <summary>Rows a store fetches beyond the page so that ties on the cursor's time are still covered.</summary>
    public const int TieSlack = 16;

    public static string EncodeOffset(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("o" + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecodeOffset(string? cursor, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith('o') && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
