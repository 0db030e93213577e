using ShortVideo.AppHost.Messaging;
using ShortVideo.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>The AppHost's check on its local broker, which the orchestrator runs every 30 s, against a real rabbitmq-server.</summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerHealthCheckTests(BrokerFixture broker)
{
    private const string DroppedConnection = "client unexpectedly closed TCP connection";

    [Fact]
    public async Task Once_the_broker_has_answered_AMQP_the_repeated_checks_leave_no_warning_in_its_log()
    {
        var check = new PortHealthCheck(broker.AmqpPort, amqp: true);
        // The first check speaks AMQP (the broker must answer Connection.Start), and the broker logs the dropped connection. The
        // count is read again a second after that line appears, so a line still on its way from before the test is counted too.
        var first = Dropped();
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        await WaitForDroppedAsync(first + 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = Dropped() - 1;
        // Later checks of the same instance only connect: a connection that sent nothing is not logged.
        for (var i = 0; i < 3; i++) Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        // A fresh instance speaks AMQP again: its warning, logged after anything the three checks above caused, marks the end.
        Assert.Equal(HealthStatus.Healthy, (await new PortHealthCheck(broker.AmqpPort, amqp: true).CheckHealthAsync(new HealthCheckContext())).Status);
        await WaitForDroppedAsync(before + 2);

        Assert.Equal(before + 2, Dropped());
    }

    private int Dropped() => broker.Log.Count(line => line.Contains(DroppedConnection, StringComparison.Ordinal));

    private async Task WaitForDroppedAsync(int count)
    {
        for (var waited = TimeSpan.Zero; Dropped() < count; waited += TimeSpan.FromMilliseconds(100))
        {
            if (waited > TimeSpan.FromSeconds(30)) Assert.Fail($"the broker logged {Dropped()} dropped connections, not {count}:\n{string.Join('\n', broker.Log.TakeLast(20))}");
            await Task.Delay(100);
        }
    }
}
