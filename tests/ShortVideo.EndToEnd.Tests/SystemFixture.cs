using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// The whole system as the AppHost starts it (local rabbitmq-server, no Docker), with its own
/// data root, reached only through the gateway. Shared by the tests of one collection; each
/// test creates its own users and videos.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Two transcode workers side by side, competing for jobs, as an operator scales them.</summary>
    public const int TranscodeWorkers = 2;
    private DistributedApplication? _app;
    private SystemLogs? _logs;

    public string DataRoot { get; } = Directory.CreateTempSubdirectory("shortvideo-e2e-").FullName;

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The running application, for tests that stop and start one of its resources.</summary>
    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        var started = DateTime.UtcNow;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ShortVideo_AppHost>(
            [$"ShortVideo:DataRoot={DataRoot}", "ConnectionStrings:messaging=", $"Transcode:Workers={TranscodeWorkers}"]);
        _app = await builder.BuildAsync();
        _logs = new SystemLogs(_app);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        StartedIn = DateTime.UtcNow - started;
        Gateway = _app.CreateHttpClient("gateway");
        Gateway.Timeout = TimeSpan.FromMinutes(2);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_logs is not null) await _logs.DisposeAsync();
        try { Directory.Delete(DataRoot, recursive: true); }
        catch (IOException) { /* a process may still be closing a file; the temp folder is swept later */ }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
