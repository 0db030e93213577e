namespace ShortVideo.Upload.Domain;

/// <summary>Recognises the audio formats people upload music in (mp3, m4a, wav, ogg) from their first bytes.</summary>
public static class AudioSniffer
{
    public const int BytesNeeded = 16;

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8)) return "mp3";
        // An MPEG audio frame header: 11 set sync bits, then a layer that is not "reserved".
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) return "mp3";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8)) return "wav";
        if (head.Length >= 4 && head[..4].SequenceEqual("OggS"u8)) return "ogg";
        if (head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8)) return "m4a";
        return null;
    }
}
