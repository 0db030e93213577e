using System.Diagnostics;
using System.Text.Json;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>The LiteDB side of the outbox: where events are written and read back for dispatch.</summary>
public static class Outbox
{
    public const string Collection = "_outbox";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void EnsureIndexes(LiteDatabase db)
    {
        Storage.LiteDbDatabase.Mapped<OutboxMessage>.Ensure(db.Mapper);
        db.GetCollection<OutboxMessage>(Collection).EnsureIndex(m => m.MessageId, true);
    }

    public static void Enqueue<T>(LiteDatabase db, T message) where T : class
    {
        var activity = Activity.Current;
        db.GetCollection<OutboxMessage>(Collection).Insert(new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            Type = typeof(T).AssemblyQualifiedName!,
            Body = JsonSerializer.Serialize(message, Json),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAt = DateTime.UtcNow,
        });
    }

    public static object Deserialize(OutboxMessage message, out Type type)
    {
        type = System.Type.GetType(message.Type, throwOnError: true)!;
        return JsonSerializer.Deserialize(message.Body, type, Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty body.");
    }
}
