using System.Diagnostics;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Test media made on the spot with ffmpeg, so nothing binary is checked in.</summary>
public static class Media
{
    /// <summary>Runs ffmpeg with <paramref name="arguments"/> writing to a temp file with <paramref name="extension"/>, and returns its bytes.</summary>
    public static async Task<byte[]> FfmpegAsync(string arguments, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-media-{Guid.NewGuid():N}.{extension}");
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", $"-loglevel error -y {arguments} \"{path}\"") { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, $"ffmpeg {arguments}: {errors}");
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }

    public static Task<byte[]> ClipAsync(int width = 180, int height = 320, double seconds = 1, int rate = 30, bool audio = true, string codec = "libx264 -preset ultrafast -pix_fmt yuv420p", string extension = "mp4", string extra = "") =>
        FfmpegAsync(
            $"-f lavfi -i testsrc2=size={width}x{height}:rate={rate} " + (audio ? "-f lavfi -i sine=frequency=440 " : "")
            + $"-t {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} -c:v {codec} " + (audio ? "-c:a aac -shortest " : "") + extra,
            extension);

    public static byte[] Truncated(byte[] file, double keep) => file[..(int)(file.Length * keep)];
}
