namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>Where the dispatcher finds committed events; each document store adapter provides one.</summary>
public interface IOutboxStore
{
    IReadOnlyList<OutboxMessage> Pending(int max);

    void Dispatched(long id);

    void Failed(long id);
}
