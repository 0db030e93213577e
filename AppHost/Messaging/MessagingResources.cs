using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ShortVideo.AppHost.Messaging;

public static class MessagingResources
{
    public const string Name = "messaging";
    public const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// The broker, in order of preference: an explicit connection string <c>ConnectionStrings:messaging</c>;
    /// a RabbitMQ container when a Docker engine answers; else a local rabbitmq-server process
    /// with its own node name, ports, epmd and data folder, so it never meets another node here.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessaging(this IDistributedApplicationBuilder builder, string dataRoot)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(Name)))
        {
            return builder.AddConnectionString(Name);
        }
        if (DockerEngine.Answers())
        {
            var container = builder.AddRabbitMQ(Name).WithManagementPlugin();
            return builder.CreateResourceBuilder<IResourceWithConnectionString>(container.Resource);
        }
        var local = builder.AddLocalRabbitMq(Name, Path.Combine(dataRoot, "rabbitmq"));
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(local.Resource);
    }

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, string folder)
    {
        if (!File.Exists(RabbitMqServer))
        {
            throw new InvalidOperationException(
                $"No container engine answers and {RabbitMqServer} is missing: install it with 'sudo apt-get install -y rabbitmq-server', "
                + "or point ConnectionStrings:messaging at a broker.");
        }
        var node = LocalRabbitMqNode.Prepare(folder);

        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", node.Folder, "-port", node.EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHealthCheck(AddTcpCheck(builder, $"{name}-epmd-port", node.EpmdPort, amqp: false));

        var rabbit = builder.AddResource(new LocalRabbitMqResource(name, RabbitMqServer, node.Folder, node.AmqpPort))
            .WithHealthCheck(AddTcpCheck(builder, $"{name}-amqp", node.AmqpPort, amqp: true))
            .WaitFor(epmd);
        foreach (var (key, value) in node.Environment) rabbit.WithEnvironment(key, value);
        return rabbit;
    }

    private static string AddTcpCheck(IDistributedApplicationBuilder builder, string key, int port, bool amqp)
    {
        // One instance for every run of the check: it remembers that the broker has answered (see PortHealthCheck).
        var check = new PortHealthCheck(port, amqp);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => check, HealthStatus.Unhealthy, null));
        return key;
    }
}
