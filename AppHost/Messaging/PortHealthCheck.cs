using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ShortVideo.AppHost.Messaging;

/// <summary>
/// Healthy once the service answers its own protocol: for AMQP, the broker answers the protocol
/// header with Connection.Start (a method frame), which it does when ready for clients; for epmd,
/// a NAMES_REQ is answered with epmd's port. A bare connect-and-close would make epmd log an error.
/// The broker is the other way round: a connection that sent the header and left logs two warnings
/// ("client unexpectedly closed TCP connection"), one that sent nothing is not logged. So once this
/// instance has seen the broker answer, later checks (the orchestrator's, every 30 s) only connect.
/// </summary>
public sealed class PortHealthCheck(int port, bool amqp) : IHealthCheck
{
    private static readonly byte[] AmqpHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();
    private static readonly byte[] EpmdNamesRequest = [0, 1, (byte)'n'];

    private volatile bool _brokerAnswered;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync("localhost", port, timeout.Token);
            if (_brokerAnswered) return HealthCheckResult.Healthy();
            var stream = client.GetStream();
            await stream.WriteAsync(amqp ? AmqpHeader : EpmdNamesRequest, timeout.Token);
            var answer = new byte[4];
            var read = await stream.ReadAtLeastAsync(answer, amqp ? 1 : 4, throwOnEndOfStream: false, timeout.Token);
            if (amqp)
            {
                _brokerAnswered = read >= 1 && answer[0] == 1;
                return _brokerAnswered ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The broker did not start an AMQP 0-9-1 connection.");
            }
            return read == 4 && System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(answer) == port
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("epmd did not answer NAMES_REQ.");
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Nothing answers on port {port} yet.", ex);
        }
    }
}
