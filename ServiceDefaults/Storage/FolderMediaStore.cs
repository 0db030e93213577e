namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>Media in a folder under the data root. Renames are atomic on one file system, so readers never see half a file.</summary>
public sealed class FolderMediaStore(string root) : IMediaStore
{
    private const string StagingFolder = ".staging";

    public string Root { get; } = Directory.CreateDirectory(root).FullName;

    public async Task<long> SaveAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var target = LocalPath(key);
        var temp = Path.Combine(CreateStagingFolder("blob"), Path.GetFileName(target));
        try
        {
            long written;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: CopyBufferBytes))
            {
                written = await CopyLimitedAsync(content, file, maxBytes, cancellationToken);
                // On disk before the caller acknowledges it: an accepted upload survives a power cut.
                file.Flush(flushToDisk: true);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temp, target, overwrite: true);
            return written;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(temp)!, recursive: true);
        }
    }

    public string LocalPath(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        // Keys come from our own records, but a path that escapes the root is never followed.
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Media key '{key}' leaves the media root.", nameof(key));
        }
        return path;
    }

    public string CreateStagingFolder(string purpose) =>
        Directory.CreateDirectory(Path.Combine(Root, StagingFolder, $"{purpose}-{Guid.NewGuid():N}")).FullName;

    public bool PublishFolder(string stagingFolder, string keyPrefix)
    {
        var target = LocalPath(keyPrefix);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            Directory.Move(stagingFolder, target);
            return true;
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(stagingFolder, recursive: true);
            return false;
        }
    }

    public bool Exists(string key) => File.Exists(LocalPath(key)) || Directory.Exists(LocalPath(key));

    public void Delete(string keyOrPrefix)
    {
        var path = LocalPath(keyOrPrefix);
        if (File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    /// <summary>Copies a stream through a pooled buffer, throwing <see cref="MediaTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    public static async Task<long> CopyLimitedAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBufferBytes);
        try
        {
            return await CopyAsync(source, target, buffer, maxBytes, cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Network reads return what has arrived, often a few KB; the file's own buffer of this size
    // gathers them into large writes.
    private const int CopyBufferBytes = 1 << 20;

    private static async Task<long> CopyAsync(Stream source, Stream target, byte[] buffer, long maxBytes, CancellationToken cancellationToken)
    {
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes) throw new MediaTooLargeException(maxBytes);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }
}
