using MassTransit;
using LiteDB;
using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Tests;

/// <summary>The outbox and inbox over the in-memory transport; the same checks run against RabbitMQ in the end-to-end tests.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task A_write_and_its_event_are_committed_together()
    {
        await using var probe = await MessagingProbe.StartAsync();
        var id = Guid.NewGuid().ToString("N");

        probe.Database.Write(t =>
        {
            t.Collection<BsonDocument>("things").Insert(new BsonDocument { ["_id"] = id });
            t.Publish(new Ping(id, 1));
        });

        Assert.NotNull(probe.Database.Collection<BsonDocument>("things").FindById(id));
        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id));
    }

    [Fact]
    public async Task A_write_that_fails_stores_neither_the_document_nor_the_event()
    {
        await using var probe = await MessagingProbe.StartAsync();
        var id = Guid.NewGuid().ToString("N");

        Assert.Throws<InvalidOperationException>(() => probe.Database.Write(t =>
        {
            t.Collection<BsonDocument>("things").Insert(new BsonDocument { ["_id"] = id });
            t.Publish(new Ping(id, 1));
            throw new InvalidOperationException("the write fails after both were added");
        }));

        Assert.Null(probe.Database.Collection<BsonDocument>("things").FindById(id));
        Assert.Empty(probe.Database.Collection<OutboxMessage>(Outbox.Collection).FindAll());
        await Task.Delay(500);
        Assert.DoesNotContain(probe.Log.Seen, s => s.Ping.Id == id);
    }

    [Fact]
    public async Task Events_leave_in_the_order_they_were_written_and_the_outbox_empties()
    {
        await using var probe = await MessagingProbe.StartAsync();
        var id = Guid.NewGuid().ToString("N");

        for (var i = 0; i < 50; i++) probe.Database.Write(t => t.Publish(new Ping(id, i)));

        await probe.Log.WaitForAsync(log => log.Seen.Count(s => s.Ping.Id == id) == 50);
        Assert.Empty(probe.Outbox.Pending(10));
        Assert.Equal(Enumerable.Range(0, 50), probe.Log.Seen.Where(s => s.Ping.Id == id).Select(s => s.Ping.Sequence).Order());
    }

    [Fact]
    public async Task A_redelivered_message_is_handled_once()
    {
        await using var probe = await MessagingProbe.StartAsync();
        var id = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid();

        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 2));

        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id && s.Ping.Sequence == 2));
        await Task.Delay(500);
        Assert.Single(probe.Log.Seen, s => s.MessageId == messageId);
    }

    [Fact]
    public async Task An_event_keeps_the_trace_of_the_request_that_caused_it()
    {
        await using var probe = await MessagingProbe.StartAsync();
        var id = Guid.NewGuid().ToString("N");
        System.Diagnostics.ActivityTraceId requestTrace;

        using (var request = MessagingProbe.TestSource.StartActivity("POST /api/things"))
        {
            Assert.NotNull(request);
            requestTrace = request.TraceId;
            probe.Database.Write(t => t.Publish(new Ping(id, 1)));
        }

        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id));
        Assert.Equal(requestTrace, probe.Log.Seen.Single(s => s.Ping.Id == id).TraceId);
    }
}
