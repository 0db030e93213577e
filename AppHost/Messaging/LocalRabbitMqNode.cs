using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ShortVideo.AppHost.Messaging;

/// <summary>
/// Lays out one private RabbitMQ node: its folder (Erlang cookie, Mnesia, logs, config), free
/// ports for AMQP, distribution and its own epmd, and the environment that binds them together.
/// </summary>
public sealed record LocalRabbitMqNode(string Folder, int AmqpPort, int DistPort, int EpmdPort, IReadOnlyDictionary<string, string> Environment)
{
    public const string NodeName = "shortvideo@localhost";

    public static LocalRabbitMqNode Prepare(string folder)
    {
        folder = Directory.CreateDirectory(folder).FullName;
        var (amqp, dist, epmd) = (FreePort(), FreePort(), FreePort());
        var config = Path.Combine(folder, "rabbitmq.conf");
        File.WriteAllText(config, "log.console = true\nlog.console.level = warning\nlog.file = false\n");
        var plugins = Path.Combine(folder, "enabled_plugins");
        File.WriteAllText(plugins, "[].\n");
        string Port(int p) => p.ToString(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = folder,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_PORT"] = Port(amqp),
            ["RABBITMQ_DIST_PORT"] = Port(dist),
            ["ERL_EPMD_PORT"] = Port(epmd),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(folder, "plugins-expand"),
        };
        return new LocalRabbitMqNode(folder, amqp, dist, epmd, environment);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
