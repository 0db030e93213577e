using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.ServiceDefaults.Tests;

public sealed record Ping(string Id, int Sequence);

/// <summary>
/// A host wired exactly as a service is (LiteDB documents with outbox and inbox, the messaging
/// extension) with one consumer that records what it saw. With no connection string it runs on
/// the in-memory transport; given one, on that broker.
/// </summary>
public sealed class MessagingProbe : IAsyncDisposable
{
    private static readonly ActivityListener Listener = StartListener();
    public static readonly ActivitySource TestSource = new("ShortVideo.Tests");
    private readonly IHost _host;

    private MessagingProbe(IHost host, string folder)
    {
        _host = host;
        Folder = folder;
    }

    public string Folder { get; }

    public LiteDbDatabase Database => _host.Services.GetRequiredService<LiteDbDatabase>();

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public IOutboxStore Outbox => _host.Services.GetRequiredService<IOutboxStore>();

    public PingLog Log => _host.Services.GetRequiredService<PingLog>();

    public static async Task<MessagingProbe> StartAsync(string? connectionString = null, bool waitForBroker = true)
    {
        _ = Listener;
        var folder = Directory.CreateTempSubdirectory("shortvideo-messaging-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShortVideo:DataRoot"] = folder,
            ["ConnectionStrings:messaging"] = connectionString,
        });
        builder.Services.Configure<DataRootOptions>(builder.Configuration.GetSection(DataRootOptions.Section));
        builder.Services.AddSingleton<PingLog>();
        builder.AddLiteDbDocuments("probe");
        // A queue name of its own, so probes sharing one broker never take each other's messages.
        builder.AddShortVideoMessaging($"probe-{Guid.NewGuid():N}", bus => bus.AddConsumer<PingConsumer>());
        // Publish only once the probe's queue is bound, or the broker drops what nobody listens for yet.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = waitForBroker);
        var host = builder.Build();
        await host.StartAsync();
        return new MessagingProbe(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static ActivityListener StartListener()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("ShortVideo.", StringComparison.Ordinal) || source.Name == "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}

/// <summary>What the consumer saw: each message with the trace it ran in.</summary>
public sealed class PingLog
{
    public ConcurrentQueue<(Ping Ping, Guid? MessageId, ActivityTraceId TraceId)> Seen { get; } = new();

    public async Task WaitForAsync(Func<PingLog, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Consumer saw {Seen.Count} messages; the condition never held.");
            await Task.Delay(50);
        }
    }
}

public sealed class PingConsumer(PingLog log) : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context)
    {
        log.Seen.Enqueue((context.Message, context.MessageId, Activity.Current?.TraceId ?? default));
        return Task.CompletedTask;
    }
}
