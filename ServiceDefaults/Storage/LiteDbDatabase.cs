using LiteDB;
using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>
/// One LiteDB file per service. Writes go through <see cref="Write{T}"/>, which commits the
/// documents and the events they cause in one transaction: the outbox's guarantee.
/// </summary>
public sealed class LiteDbDatabase : IDisposable
{
    private readonly object _writeGate = new();
    private readonly OutboxSignal _signal;

    public LiteDbDatabase(string path, OutboxSignal signal, bool shared = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = shared ? ConnectionType.Shared : ConnectionType.Direct });
        _signal = signal;
        Outbox.EnsureIndexes(Database);
    }

    public LiteDatabase Database { get; }

    public ILiteCollection<T> Collection<T>(string name)
    {
        Mapped<T>.Ensure(Database.Mapper);
        return Database.GetCollection<T>(name);
    }

    // LiteDB binds a transaction to the calling thread, so the work must be synchronous; the gate
    // makes writers take turns, which LiteDB would impose anyway with its single writer.
    public T Write<T>(Func<LiteTransaction, T> work)
    {
        bool published;
        T result;
        lock (_writeGate)
        {
            var transaction = new LiteTransaction(Database);
            Database.BeginTrans();
            try
            {
                result = work(transaction);
                Database.Commit();
            }
            catch
            {
                Database.Rollback();
                throw;
            }
            published = transaction.Published > 0;
        }
        if (published) _signal.Notify();
        return result;
    }

    public void Write(Action<LiteTransaction> work) => Write(t => { work(t); return 0; });

    public void Dispose() => Database.Dispose();

    /// <summary>
    /// LiteDB builds a type's mapping on first use without a lock, and two threads mapping types at
    /// once can corrupt the shared mapper ("Member ... not found on BsonMapper"); build each once, in turn.
    /// </summary>
    internal static class Mapped<T>
    {
        private static volatile bool _done;

        public static void Ensure(BsonMapper mapper)
        {
            if (_done) return;
            lock (MapperGate)
            {
                mapper.Entity<T>();
                _done = true;
            }
        }
    }

    private static readonly object MapperGate = new();
}
