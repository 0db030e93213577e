namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>
/// The blob store shared by upload (originals, serving) and transcode (renditions). Keys are
/// relative paths such as <c>videos/{id}/master.m3u8</c>. The folder adapter is the default;
/// an object store or GridFS adapter fits the same port.
/// </summary>
public interface IMediaStore
{
    /// <summary>Writes a blob; it becomes visible under <paramref name="key"/> only once complete.</summary>
    Task<long> SaveAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>A local file holding the blob, for tools such as ffmpeg that need a path.</summary>
    string LocalPath(string key);

    /// <summary>A private scratch folder that <see cref="PublishFolder"/> can later make visible in one step.</summary>
    string CreateStagingFolder(string purpose);

    /// <summary>Moves a finished staging folder to <paramref name="keyPrefix"/>; false if something is already there.</summary>
    bool PublishFolder(string stagingFolder, string keyPrefix);

    bool Exists(string key);

    void Delete(string keyOrPrefix);
}
