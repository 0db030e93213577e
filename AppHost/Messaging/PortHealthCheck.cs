using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ShortVideo.AppHost.Messaging;

/// <summary>
/// Healthy when the port accepts a connection; for AMQP, only once the broker answers the
/// protocol header with Connection.Start (a method frame), which it does when ready for clients.
/// </summary>
public sealed class PortHealthCheck(int port, bool amqp) : IHealthCheck
{
    private static readonly byte[] AmqpHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync("localhost", port, timeout.Token);
            if (!amqp) return HealthCheckResult.Healthy();
            var stream = client.GetStream();
            await stream.WriteAsync(AmqpHeader, timeout.Token);
            var frame = new byte[1];
            var read = await stream.ReadAsync(frame, timeout.Token);
            return read == 1 && frame[0] == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The broker did not start an AMQP 0-9-1 connection.");
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Nothing answers on port {port} yet.", ex);
        }
    }
}
