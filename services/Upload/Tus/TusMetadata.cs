using System.Text;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Upload-Metadata (tus 1.0, creation): comma-separated pairs of a key and its base64 value, where a key
/// may stand alone. Keys are unique. Values may be any bytes; they are read as UTF-8 for display only.
/// </summary>
internal static class TusMetadata
{
    public const int MaxLength = 4096;

    public static bool TryParse(string? header, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(header)) return true;
        if (header.Length > MaxLength) return false;
        foreach (var pair in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2) return false;
            if (!TryDecode(parts.Length == 2 ? parts[1] : null, out var value) || !values.TryAdd(parts[0], value)) return false;
        }
        return true;
    }

    private static bool TryDecode(string? base64, out string value)
    {
        value = "";
        if (base64 is null) return true;
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length)) return false;
        value = Encoding.UTF8.GetString(bytes, 0, length);
        return true;
    }
}
