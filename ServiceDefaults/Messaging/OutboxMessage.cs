namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>An event stored with the write that caused it, waiting for the dispatcher.</summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order, so events leave in the order they were written.</summary>
    public long Id { get; set; }

    /// <summary>Also the MassTransit message id, so a re-dispatch after a crash is recognised by consumers.</summary>
    public Guid MessageId { get; set; }

    public string Type { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>W3C trace context of the request or message that caused the event.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }
}
