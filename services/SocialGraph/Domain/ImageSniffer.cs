namespace ShortVideo.SocialGraph.Domain;

/// <summary>Tells an image's format from its first bytes, never from its name or declared type.</summary>
public static class ImageSniffer
{
    public const int BytesNeeded = 12;

    /// <summary>"jpeg", "png" or "webp"; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "jpeg";
        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "webp";
        return null;
    }
}
