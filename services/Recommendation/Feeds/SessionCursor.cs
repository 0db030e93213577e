using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>The For You cursor: the session and the number of the page it asks for.</summary>
public readonly record struct SessionCursor(string SessionId, int Page)
{
    private const string Prefix = "fy1:";

    public static SessionCursor Start() => new(Guid.NewGuid().ToString("N"), 0);

    public SessionCursor NextPage => this with { Page = Page + 1 };

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{SessionId}:{Page.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string cursor, out SessionCursor decoded)
    {
        decoded = default;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.LastIndexOf(':');
            if (!text.StartsWith(Prefix, StringComparison.Ordinal) || colon <= Prefix.Length) return false;
            var session = text[Prefix.Length..colon];
            if (session.Length != 32 || !session.All(char.IsAsciiHexDigitLower)) return false;
            if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page)) return false;
            decoded = new SessionCursor(session, page);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
