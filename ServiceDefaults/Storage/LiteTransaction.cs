using LiteDB;
using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>The open transaction handed to a write: its documents, and the events to publish once it commits.</summary>
public sealed class LiteTransaction(LiteDatabase database)
{
    public LiteDatabase Database { get; } = database;

    public int Published { get; private set; }

    public ILiteCollection<T> Collection<T>(string name)
    {
        LiteDbDatabase.Mapped<T>.Ensure(Database.Mapper);
        return Database.GetCollection<T>(name);
    }

    public void Publish<T>(T message) where T : class
    {
        Outbox.Enqueue(Database, message);
        Published++;
    }
}
