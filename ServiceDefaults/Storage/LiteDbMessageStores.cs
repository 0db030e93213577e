using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Storage;

/// <summary>The outbox and inbox kept in the service's own LiteDB file, beside the data they guard.</summary>
public sealed class LiteDbMessageStores(LiteDbDatabase db) : IOutboxStore, IInboxStore
{
    private const string InboxCollection = "_inbox";

    public IReadOnlyList<OutboxMessage> Pending(int max) =>
        db.Collection<OutboxMessage>(Outbox.Collection).Query().OrderBy(m => m.Id).Limit(max).ToList();

    public void Dispatched(long id) => db.Collection<OutboxMessage>(Outbox.Collection).Delete(id);

    public void Failed(long id) => db.Write(t =>
    {
        var outbox = t.Collection<OutboxMessage>(Outbox.Collection);
        if (outbox.FindById(id) is { } message)
        {
            message.Attempts++;
            outbox.Update(message);
        }
    });

    public bool Seen(string key) => db.Collection<InboxEntry>(InboxCollection).FindById(key) is not null;

    public void Record(string key) => db.Collection<InboxEntry>(InboxCollection).Upsert(new InboxEntry { Id = key, HandledAt = DateTime.UtcNow });

    private sealed class InboxEntry
    {
        public string Id { get; set; } = "";

        public DateTime HandledAt { get; set; }
    }
}
