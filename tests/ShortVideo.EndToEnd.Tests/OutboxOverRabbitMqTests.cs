using MassTransit;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Tests;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>The outbox, inbox and trace propagation against a real RabbitMQ broker with publisher confirms.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OutboxOverRabbitMqTests(BrokerFixture broker)
{
    [Fact]
    public async Task Committed_events_reach_the_broker_in_order_and_leave_the_outbox()
    {
        await using var probe = await MessagingProbe.StartAsync(broker.ConnectionString);
        var id = Guid.NewGuid().ToString("N");

        for (var i = 0; i < 200; i++) probe.Database.Write(t => t.Publish(new Ping(id, i)));

        await probe.Log.WaitForAsync(log => log.Seen.Count(s => s.Ping.Id == id) == 200, TimeSpan.FromSeconds(60));
        Assert.Empty(probe.Outbox.Pending(10));
        Assert.Equal(Enumerable.Range(0, 200), probe.Log.Seen.Where(s => s.Ping.Id == id).Select(s => s.Ping.Sequence).Order());
    }

    [Fact]
    public async Task A_message_delivered_twice_by_the_broker_is_handled_once()
    {
        await using var probe = await MessagingProbe.StartAsync(broker.ConnectionString);
        var id = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid();

        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 2));

        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id && s.Ping.Sequence == 2));
        await Task.Delay(1000);
        Assert.Single(probe.Log.Seen, s => s.MessageId == messageId);
    }

    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_request_that_wrote_the_event()
    {
        await using var probe = await MessagingProbe.StartAsync(broker.ConnectionString);
        var id = Guid.NewGuid().ToString("N");
        System.Diagnostics.ActivityTraceId requestTrace;

        using (var request = MessagingProbe.TestSource.StartActivity("POST /api/things"))
        {
            requestTrace = request!.TraceId;
            probe.Database.Write(t => t.Publish(new Ping(id, 1)));
        }

        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id));
        Assert.Equal(requestTrace, probe.Log.Seen.Single(s => s.Ping.Id == id).TraceId);
    }

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
