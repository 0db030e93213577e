namespace ShortVideo.Upload.Domain;

/// <summary>
/// Recognises a video container from its first bytes, never from the file name or the declared
/// content type, so a text file named clip.mp4 is refused before anything is stored.
/// </summary>
public static class ContainerSniffer
{
    public const int BytesNeeded = 16;

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        // ISO base media (mp4, mov, m4v, 3gp): a box size, then "ftyp" at offset 4.
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return IsQuickTime(head[8..12]) ? "mov" : "mp4";
        // QuickTime files that start with another top-level atom.
        if (head.Length >= 8 && (head[4..8].SequenceEqual("moov"u8) || head[4..8].SequenceEqual("mdat"u8) || head[4..8].SequenceEqual("wide"u8))) return "mov";
        // Matroska and WebM: the EBML magic.
        if (head.Length >= 4 && head[..4].SequenceEqual((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return "webm";
        return null;
    }

    private static bool IsQuickTime(ReadOnlySpan<byte> brand) => brand.SequenceEqual("qt  "u8);
}
