using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed events in the order they were written. With RabbitMQ, Publish returns only
/// once the broker confirmed the message, and only then is the row removed: a crash in between
/// publishes it again with the same message id, which the consumers' inbox ignores. A publish the
/// broker never confirms (a confirm lost in a reconnect, a blocked connection) is given up after
/// <see cref="PublishLimit"/> and tried again, so one lost confirm cannot stall every event behind it.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore store, OutboxSignal signal, IBus bus, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public static readonly ActivitySource Source = new(Telemetry.SourcePrefix + "Outbox");
    private static readonly Meter Meter = new(Telemetry.SourcePrefix + "Outbox");
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("shortvideo.outbox.published", "{message}");
    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("shortvideo.outbox.lag", "s", "Time from commit to broker confirm");
    private const int BatchSize = 100;

    public static readonly TimeSpan PublishLimit = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = store.Pending(BatchSize);
                foreach (var message in batch)
                {
                    await PublishAsync(message, stoppingToken);
                    store.Dispatched(message.Id);
                }
                failures = 0;
                if (batch.Count == BatchSize) continue;
                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                LogDispatchFailed(logger, ex, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(30_000, 200 * Math.Pow(2, Math.Min(failures, 8)))), stoppingToken);
            }
        }
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        object payload;
        Type type;
        try
        {
            payload = Outbox.Deserialize(message, out type);
        }
        catch (Exception ex)
        {
            // A row that can never be read must not block the ones behind it.
            LogPoisonMessage(logger, ex, message.Id, message.Type);
            store.Failed(message.Id);
            store.Dispatched(message.Id);
            return;
        }

        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(PublishLimit);
        // The wait is bounded even if the transport ignores the token.
        await bus.Publish(payload, type, context => context.MessageId = message.MessageId, limit.Token).WaitAsync(limit.Token);
        Published.Add(1, new KeyValuePair<string, object?>("type", type.Name));
        Lag.Record((DateTime.UtcNow - message.CreatedAt).TotalSeconds);
    }

    [LoggerMessage(LogLevel.Warning, "Outbox dispatch failed ({Failures} in a row); retrying")]
    private static partial void LogDispatchFailed(ILogger logger, Exception ex, int failures);

    [LoggerMessage(LogLevel.Error, "Outbox message {Id} of type {Type} cannot be read and is dropped")]
    private static partial void LogPoisonMessage(ILogger logger, Exception ex, long id, string type);
}
