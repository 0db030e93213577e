namespace ShortVideo.Transcode.Domain;

/// <summary>
/// Finds damage in what ffmpeg printed at <c>-v error</c>. A truncated or corrupt file still
/// exits 0, so the only sign is an error line from the demuxer or decoder, e.g.
/// <c>[mov,mp4,m4a,3gp,3g2,mj2 @ 0x..] stream 0, offset 0x..: partial file</c>.
/// </summary>
public static class DecodeErrors
{
    public static string? FirstProblem(IEnumerable<string> standardError) =>
        standardError.Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0 && !IsStatus(line));

    // -stats status lines ("frame=  90 fps=... time=00:00:03.00 ...") are progress, not errors;
    // "size=" starts them when an output has no video.
    private static bool IsStatus(string line) =>
        line.StartsWith("frame=", StringComparison.Ordinal) || line.StartsWith("size=", StringComparison.Ordinal);
}
