using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShortVideo.AppHost.Messaging;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// A real RabbitMQ node laid out exactly as the AppHost lays one out when no Docker engine
/// answers (same node folder, ports, epmd and readiness check), started here as plain processes.
/// </summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-broker-").FullName;
    private Process? _epmd;
    private Process? _rabbit;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var node = LocalRabbitMqNode.Prepare(_folder);
        _epmd = Start("epmd", ["-port", node.EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture)], node);
        await WaitHealthyAsync(new PortHealthCheck(node.EpmdPort, amqp: false), "epmd");
        _rabbit = Start(MessagingResources.RabbitMqServer, [], node);
        await WaitHealthyAsync(new PortHealthCheck(node.AmqpPort, amqp: true), "rabbitmq-server");
        ConnectionString = $"amqp://guest:guest@localhost:{node.AmqpPort}";
    }

    public Task DisposeAsync()
    {
        foreach (var process in new[] { _rabbit, _epmd })
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
            process?.Dispose();
        }
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the node may still be closing its files */ }
        return Task.CompletedTask;
    }

    private static Process Start(string command, string[] args, LocalRabbitMqNode node)
    {
        var start = new ProcessStartInfo(command, args) { WorkingDirectory = node.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in node.Environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
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

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    public const string Name = "broker";
}
