using MassTransit;
using LiteDB;
using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Tests;

/// <summary>The outbox contract over the in-memory transport, plus what the store itself promises.</summary>
public sealed class OutboxTests : OutboxContract
{
    protected override Task<MessagingProbe> StartProbeAsync() => MessagingProbe.StartAsync();

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
}
