using MassTransit;

namespace ShortVideo.ServiceDefaults.Tests;

/// <summary>
/// What the outbox and inbox promise on any transport: events leave in order and the outbox empties,
/// a message delivered twice is handled once, and the consumer runs in the trace of the request that
/// wrote the event. Each transport's test class runs these against its own probe.
/// </summary>
public abstract class OutboxContract
{
    protected abstract Task<MessagingProbe> StartProbeAsync();

    /// <summary>How many events the ordering check writes.</summary>
    protected virtual int Burst => 50;

    /// <summary>How long to wait for a duplicate that must not come.</summary>
    protected virtual TimeSpan Settle => TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Events_leave_in_the_order_they_were_written_and_the_outbox_empties()
    {
        await using var probe = await StartProbeAsync();
        var id = Guid.NewGuid().ToString("N");

        for (var i = 0; i < Burst; i++) probe.Database.Write(t => t.Publish(new Ping(id, i)));

        await probe.Log.WaitForAsync(log => log.Seen.Count(s => s.Ping.Id == id) == Burst, TimeSpan.FromSeconds(60));
        // The relay removes an event only once the broker confirms it, which may come after the consumer has it.
        await probe.Log.WaitForAsync(_ => probe.Outbox.Pending(10).Count == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, Burst), probe.Log.Seen.Where(s => s.Ping.Id == id).Select(s => s.Ping.Sequence).Order());
    }

    [Fact]
    public async Task A_message_delivered_twice_is_handled_once()
    {
        await using var probe = await StartProbeAsync();
        var id = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid();

        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 1), (PublishContext<Ping> c) => c.MessageId = messageId);
        await probe.Bus.Publish(new Ping(id, 2));

        await probe.Log.WaitForAsync(log => log.Seen.Any(s => s.Ping.Id == id && s.Ping.Sequence == 2));
        await Task.Delay(Settle);
        Assert.Single(probe.Log.Seen, s => s.MessageId == messageId);
    }

    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_request_that_wrote_the_event()
    {
        await using var probe = await StartProbeAsync();
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
