using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>
/// The For You cursor: the session and the number of the page it asks for. The cursor after a first page also
/// carries that page (its video ids and last creator), because a first page is not stored: a client that never
/// scrolls on, or a bot asking for first pages only, leaves no state behind. The session is stored from the
/// second page on.
/// </summary>
public readonly record struct SessionCursor(string SessionId, int Page, SessionCursor.FirstPage? Carried = null)
{
    private const string Prefix = "fy1:";
    private const string CarryingPrefix = "fy2:";

    /// <summary>
    /// The first page's videos, carried by the cursor to the second page, and whom it was served to (a hash of the
    /// viewer, <see cref="ViewerTag"/>): a cursor answers its own viewer only, as a stored session does.
    /// </summary>
    public sealed record FirstPage(IReadOnlyList<string> Ids, string? LastCreator, string Viewer);

    /// <summary>A short hash of who reads, so that the cursor names its viewer without carrying their ids.</summary>
    public static string ViewerTag(Viewer viewer) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{viewer.UserId}\n{viewer.VisitorId}")).AsSpan(0, 12));

    public static SessionCursor Start() => new(Guid.NewGuid().ToString("N"), 0);

    public SessionCursor NextPage => new(SessionId, Page + 1);

    /// <summary>The cursor of the second page, carrying the first one (which was not stored).</summary>
    public SessionCursor After(FirstPage first) => new(SessionId, 1, first);

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Carried is { } first
        ? CarryingPrefix + JsonSerializer.Serialize(new Carrying(SessionId, first.Ids, first.LastCreator, first.Viewer))
        : $"{Prefix}{SessionId}:{Page.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Only cursors this service issues decode: a session id, a page after the first, at most a page's worth of ids.</summary>
    public static bool TryDecode(string cursor, out SessionCursor decoded)
    {
        decoded = default;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CarryingPrefix, StringComparison.Ordinal))
            {
                var carrying = JsonSerializer.Deserialize<Carrying>(text.AsSpan(CarryingPrefix.Length));
                if (carrying is not { S: { } id, V: { } ids, W: { } viewer } || !IsSessionId(id) || ids.Count > Paging.MaxLimit
                    || ids.Any(v => string.IsNullOrEmpty(v) || v.Length > MaxIdLength) || carrying.C is { Length: > MaxIdLength }) return false;
                decoded = new SessionCursor(id, 1, new FirstPage(ids, carrying.C, viewer));
                return true;
            }
            var colon = text.LastIndexOf(':');
            if (!text.StartsWith(Prefix, StringComparison.Ordinal) || colon <= Prefix.Length) return false;
            var session = text[Prefix.Length..colon];
            if (!IsSessionId(session)) return false;
            if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page == 0) return false;
            decoded = new SessionCursor(session, page);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    private const int MaxIdLength = 64;

    private static bool IsSessionId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>The carried first page on the wire: short names, since it travels in a query string.</summary>
    private sealed record Carrying(string? S, IReadOnlyList<string>? V, string? C, string? W);
}
