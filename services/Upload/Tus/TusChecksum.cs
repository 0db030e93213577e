using System.Security.Cryptography;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Upload-Checksum (tus 1.0, checksum extension): <c>sha1 &lt;base64 digest&gt;</c> of one PATCH's body.
/// sha1 is the one algorithm the extension requires; no other is offered.
/// </summary>
internal static class TusChecksum
{
    public const string Algorithms = "sha1";

    /// <summary>False for a malformed header or another algorithm; <paramref name="digest"/> is null when none was sent.</summary>
    public static bool TryParse(string? header, out byte[]? digest)
    {
        digest = null;
        if (header is null) return true;
        var parts = header.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals(Algorithms, StringComparison.OrdinalIgnoreCase)) return false;
        var bytes = new byte[parts[1].Length];
        if (!Convert.TryFromBase64String(parts[1], bytes, out var length) || length != SHA1.HashSizeInBytes) return false;
        digest = bytes[..length];
        return true;
    }

    public static IncrementalHash? HasherFor(byte[]? digest) => digest is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA1);

    public static bool Matches(byte[]? digest, IncrementalHash? hasher) =>
        digest is null || (hasher is not null && CryptographicOperations.FixedTimeEquals(hasher.GetHashAndReset(), digest));
}
