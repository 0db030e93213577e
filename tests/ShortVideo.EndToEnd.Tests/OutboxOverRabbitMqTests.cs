using ShortVideo.Testing;
using MassTransit;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Tests;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>The outbox contract against a real RabbitMQ broker with publisher confirms, plus an unreachable broker.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OutboxOverRabbitMqTests(BrokerFixture broker) : OutboxContract
{
    protected override Task<MessagingProbe> StartProbeAsync() => MessagingProbe.StartAsync(broker.ConnectionString);

    protected override int Burst => 200;

    protected override TimeSpan Settle => TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_event_stays_in_the_outbox_while_no_broker_confirms_it()
    {
        await using var probe = await MessagingProbe.StartAsync("amqp://guest:guest@localhost:1/", waitForBroker: false);
        var id = Guid.NewGuid().ToString("N");

        probe.Database.Write(t => t.Publish(new Ping(id, 1)));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var pending = Assert.Single(probe.Outbox.Pending(10));
        Assert.Contains(id, pending.Body);
    }
}
