using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShortVideo.AppHost.Messaging;

namespace ShortVideo.Testing;

/// <summary>For the test projects that need a real broker (linked into each): a private RabbitMQ node (Debian's rabbitmq-server, its own epmd, ports and folder), as the AppHost runs one without Docker.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    public const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-broker-").FullName;
    private readonly List<Process> _processes = [];

    public string ConnectionString { get; private set; } = "";

    public int AmqpPort { get; private set; }

    /// <summary>What the broker and its epmd have printed so far, line by line (the node logs to standard output).</summary>
    public IReadOnlyCollection<string> Log => _log;

    private readonly ConcurrentQueue<string> _log = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(RabbitMqServer)) throw new InvalidOperationException($"{RabbitMqServer} is missing: install it with 'apt-get install -y rabbitmq-server'.");
        var node = LocalRabbitMqNode.Prepare(_folder);
        _processes.Add(Start("epmd", ["-port", node.EpmdPort.ToString(CultureInfo.InvariantCulture)], node));
        await WaitHealthyAsync(new PortHealthCheck(node.EpmdPort, amqp: false), "epmd");
        _processes.Add(Start(RabbitMqServer, [], node));
        await WaitHealthyAsync(new PortHealthCheck(node.AmqpPort, amqp: true), "rabbitmq-server");
        AmqpPort = node.AmqpPort;
        ConnectionString = $"amqp://guest:guest@localhost:{node.AmqpPort}";
    }

    public Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
            process.Dispose();
        }
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the node may still be closing its files */ }
        return Task.CompletedTask;
    }

    private Process Start(string command, string[] args, LocalRabbitMqNode node)
    {
        var start = new ProcessStartInfo(command, args) { WorkingDirectory = node.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in node.Environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) _log.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) _log.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitHealthyAsync(IHealthCheck check, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while ((await check.CheckHealthAsync(new HealthCheckContext())).Status != HealthStatus.Healthy)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not become ready within a minute (node folder {_folder}).");
            await Task.Delay(250);
        }
    }
}
