using System.Buffers;
using System.Security.Cryptography;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Appends one PATCH body to an upload's part file as it arrives: a pooled buffer, never the whole body.
/// A body cut off mid-way keeps what arrived, which is what lets the client resume from there.
/// </summary>
internal static class TusAppend
{
    private const int BufferSize = 256 * 1024;

    /// <param name="room">Bytes the upload may still take; a body longer than that is reported, not written.</param>
    public static async Task<Appended> WriteAsync(
        string path, long offset, Stream body, long room, IncrementalHash? hasher, CancellationToken requestAborted)
    {
        // No FileStream buffer on top of ours: each piece read goes to the file as it arrives. The writes are
        // synchronous: a write into the page cache takes microseconds, while an asynchronous one is a thread-pool
        // hop per piece read (often 64 KB), which cost a tenth of the upload's throughput.
        using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        // Bytes past the recorded offset were never acknowledged (a crash between this write and the record's
        // update); dropping them keeps the file and the record in agreement.
        file.SetLength(offset);
        file.Position = offset;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long written = 0;
            int read;
            while ((read = await ReadOrCutOffAsync(body, buffer, requestAborted)) > 0)
            {
                if (written + read > room) return Flushed(file, new Appended(written, CutOff: false, TooLarge: true));
                file.Write(buffer, 0, read);
                hasher?.AppendData(buffer, 0, read);
                written += read;
            }
            return Flushed(file, new Appended(written, CutOff: read < 0, TooLarge: false));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Cuts the file back to <paramref name="offset"/>, discarding a PATCH whose bytes may not be kept.</summary>
    public static void Truncate(string path, long offset)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        file.SetLength(offset);
        file.Flush(flushToDisk: true);
    }

    // -1 when the client went away: Kestrel reports that as an IOException (reset, or a body shorter than
    // its Content-Length) or as a cancellation of RequestAborted.
    private static async Task<int> ReadOrCutOffAsync(Stream body, byte[] buffer, CancellationToken requestAborted)
    {
        try
        {
            return await body.ReadAsync(buffer.AsMemory(0, BufferSize), requestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            return -1;
        }
    }

    // The offset is acknowledged (or persisted for a resume) only after the bytes are on disk.
    private static Appended Flushed(FileStream file, Appended appended)
    {
        file.Flush(flushToDisk: true);
        return appended;
    }

    public readonly record struct Appended(long Written, bool CutOff, bool TooLarge);
}
