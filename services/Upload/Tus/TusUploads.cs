using LiteDB;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Resumable uploads: their state in the upload service's LiteDB (<c>tus_uploads</c>), their bytes in the
/// media store under <c>uploads/{id}.part</c>. An upload belongs to the user who created it; to anyone
/// else, and once an unfinished one has expired, it does not exist.
/// </summary>
public sealed class TusUploads
{
    private const string CollectionName = "tus_uploads";
    private readonly LiteDbDatabase _db;
    private readonly IMediaStore _media;
    private readonly TusOptions _options;
    private readonly TimeProvider _clock;
    private readonly TusLocks _locks = new();

    public TusUploads(LiteDbDatabase db, IMediaStore media, IOptions<TusOptions> options, TimeProvider clock)
    {
        (_db, _media, _options, _clock) = (db, media, options.Value, clock);
        Uploads.EnsureIndex(u => u.ExpiresAt);
    }

    private ILiteCollection<TusUploadRecord> Uploads => _db.Collection<TusUploadRecord>(CollectionName);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The finished upload <paramref name="uploadId"/> if <paramref name="userId"/> created it; null if it is
    /// unknown, someone else's or still in progress. It stays in place until <see cref="Release"/>.
    /// </summary>
    public CompletedUpload? Claim(string uploadId, string userId) =>
        Find(uploadId, userId) is { Completed: true } upload && File.Exists(PartPath(upload.Id))
            ? new CompletedUpload(upload.Id, PartPath(upload.Id), upload.Offset, upload.FileName, upload.FileType)
            : null;

    /// <summary>
    /// Forgets the upload and deletes its file if it is still there, once the caller moved or consumed it.
    /// It does not check the owner: call it only for an id that <see cref="Claim"/> answered.
    /// </summary>
    public void Release(string uploadId)
    {
        if (!IsUploadId(uploadId)) return;
        _db.Write(t => t.Collection<TusUploadRecord>(CollectionName).Delete(uploadId));
        _media.Delete(PartKey(uploadId));
    }

    internal TusUploadRecord Create(string ownerId, long? length, string? metadata, IReadOnlyDictionary<string, string> values)
    {
        var now = Now;
        var upload = new TusUploadRecord
        {
            Id = Guid.CreateVersion7().ToString("N"), OwnerId = ownerId, Length = length, Completed = length == 0,
            Metadata = string.IsNullOrWhiteSpace(metadata) ? null : metadata,
            FileName = values.GetValueOrDefault("filename"), FileType = values.GetValueOrDefault("filetype"),
            CreatedAt = now, ExpiresAt = now + _options.Expiration,
        };
        var path = PartPath(upload.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The empty file exists before the record, so a PATCH never finds a record without its file.
        File.Create(path).Dispose();
        _db.Write(t => t.Collection<TusUploadRecord>(CollectionName).Insert(upload));
        return upload;
    }

    internal TusUploadRecord? Find(string uploadId, string userId) =>
        IsUploadId(uploadId) && Uploads.FindById(uploadId) is { } upload && upload.OwnerId == userId
        && (upload.Completed || upload.ExpiresAt.ToUniversalTime() > Now)
            ? upload
            : null;

    /// <summary>Records the bytes a PATCH appended; the file must already be flushed to disk.</summary>
    internal void Advance(TusUploadRecord upload, long offset, long? length)
    {
        upload.Offset = offset;
        upload.Length = length;
        upload.Completed = offset == length;
        // The clock restarts with every PATCH: only an abandoned upload expires, not a slow one.
        upload.ExpiresAt = Now + _options.Expiration;
        _db.Write(t => t.Collection<TusUploadRecord>(CollectionName).Update(upload));
    }

    internal IDisposable? TryLock(string uploadId) => _locks.TryEnter(uploadId);

    internal string PartPath(string uploadId) => _media.LocalPath(PartKey(uploadId));

    /// <summary>Deletes unfinished uploads past their expiry, skipping any a PATCH is writing to right now.</summary>
    internal int DeleteExpired()
    {
        var now = Now;
        var deleted = 0;
        foreach (var id in Uploads.Find(u => !u.Completed && u.ExpiresAt <= now).Select(u => u.Id).ToList())
        {
            using var held = _locks.TryEnter(id);
            if (held is null) continue;
            // Re-read under the lock: a PATCH that finished in between has pushed the expiry back.
            if (Uploads.FindById(id) is not { Completed: false } upload || upload.ExpiresAt.ToUniversalTime() > now) continue;
            Release(id);
            deleted++;
        }
        return deleted;
    }

    // Ids reach here from URLs and form fields; only our own shape may become a file name.
    private static bool IsUploadId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static string PartKey(string uploadId) => $"uploads/{uploadId}.part";
}
