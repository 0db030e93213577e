using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>
/// Makes every consumer idempotent: a message id already handled by this endpoint is acknowledged
/// and skipped. The id is recorded after the consumer succeeds, so a crash in between redelivers
/// it; consumers therefore also write with upserts and absolute values, never increments.
/// </summary>
public sealed partial class InboxFilter<T>(IInboxStore inbox, ILogger<InboxFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    private static readonly Meter Meter = new(Telemetry.SourcePrefix + "Inbox");
    private static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("shortvideo.inbox.duplicates", "{message}");

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.MessageId is not { } messageId)
        {
            await next.Send(context);
            return;
        }

        var key = $"{context.ReceiveContext.InputAddress.AbsolutePath.Trim('/')}|{messageId}";
        using (await KeyedLock.AcquireAsync(key, context.CancellationToken))
        {
            if (inbox.Seen(key))
            {
                Duplicates.Add(1, new KeyValuePair<string, object?>("type", typeof(T).Name));
                LogDuplicate(logger, typeof(T).Name, messageId);
                return;
            }
            await next.Send(context);
            inbox.Record(key);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(LogLevel.Information, "Skipped {Type} {MessageId}: already handled")]
    private static partial void LogDuplicate(ILogger logger, string type, Guid messageId);
}
