using System.Collections.Concurrent;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// One writer per upload at a time. A second writer is refused rather than queued: tus clients treat
/// 423 Locked as "retry shortly", and a queued PATCH would only fail its offset check afterwards.
/// In memory is enough because the upload service is one process owning its LiteDB file.
/// </summary>
internal sealed class TusLocks
{
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    public IDisposable? TryEnter(string uploadId) => _held.TryAdd(uploadId, 0) ? new Holder(_held, uploadId) : null;

    private sealed class Holder(ConcurrentDictionary<string, byte> held, string uploadId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) held.TryRemove(uploadId, out _);
        }
    }
}
