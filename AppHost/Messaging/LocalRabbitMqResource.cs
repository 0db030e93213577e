using System.Globalization;

namespace ShortVideo.AppHost.Messaging;

/// <summary>A RabbitMQ node run from Debian's rabbitmq-server package, for machines without a container engine.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@localhost:{Port.ToString(CultureInfo.InvariantCulture)}");
}
