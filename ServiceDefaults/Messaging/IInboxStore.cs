namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>Remembers which messages each endpoint has handled, so a redelivery changes nothing.</summary>
public interface IInboxStore
{
    bool Seen(string key);

    void Record(string key);
}
