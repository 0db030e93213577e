using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ShortVideo.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace ShortVideo.Benchmarks;

/// <summary>
/// What the gateway costs: the same requests (a For You page of 20 seeded videos and a 1 MiB media segment) sent straight
/// to the service, through a bare YARP pass-through (no auth, limits, headers or telemetry; its own
/// process), through the same bare pass-through with the telemetry every ShortVideo process has, and
/// through our gateway, in the same rounds, at 1 and at 32 connections. The second bare proxy separates what
/// the telemetry costs from what auth, limits and headers cost. Every target reaches the service at its
/// own port (no orchestrator proxy in between), so the differences are the proxies' own. The system runs
/// in the Production environment, as deployed. By default the load generator shares the two cores with everything
/// else, as a CDN or client would not; with <c>--proxy-core N</c> the proxies run on core N and everything else on the other
/// cores, so a proxy's throughput is its own CPU's and not what it wins from the load generator (docs/benchmarks.md, "Session 11").
/// Each proxy the benchmark starts runs in a session of its own (<c>setsid</c>): with the kernel's autogroup
/// scheduling, a session is a scheduling group that gets a fair share of the CPU, and a proxy in the load
/// generator's group measured 1.3x (our gateway) to 2.3x (the bare proxy) faster than in a group of its own. "Our gateway" is
/// therefore a second instance of the orchestrated one (same command line and environment) in a group of its own; the
/// orchestrated instance, which shares the orchestrator's group with every service, is measured too, for reference.
/// </summary>
internal static class GatewayBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Many short rounds rather than a few long ones: a ratio is taken within each round, and the median of the rounds is robust
        // to the few that the machine's other load (or the hypervisor) disturbs.
        var seconds = Shell.Option(args, "--seconds", 3);
        var rounds = Shell.Option(args, "--rounds", 7);
        // A fresh process spends its first minute tiering up its hot code (the JIT then takes a third of the
        // gateway's CPU); production runs warm, so every target is driven this long before it is measured.
        var warmup = Shell.Option(args, "--warmup", 20);
        // "feed" or "media" measures one kind of request only (for profiling one path); both by default.
        var only = args.Contains("--only") ? args[Array.IndexOf(args, "--only") + 1] : null;
        // Experiments: "--env fresh:NAME=VALUE", "bare:..." or "system:..." sets a variable in the fresh gateway, the bare proxies or
        // every orchestrated service (repeatable).
        var overrides = args.Select((a, i) => (a, i)).Where(p => p.a == "--env").Select(p => args[p.i + 1].Split(':', 2)).ToLookup(p => p[0], p => p[1]);
        // "--proxy-core N": every proxy the benchmark starts runs on core N alone, and the load generator, the services and the
        // orchestrated gateway on the other cores, as a gateway deployed on its own machine or with its own CPU would run. Without it
        // everything shares every core, and the proxies compete with the load generator and the service for them.
        if (args.Contains("--proxy-core"))
        {
            proxyCore = Shell.Option(args, "--proxy-core", 1);
            // The cores this process may use now (a cgroup's cpuset may allow fewer than the machine has, or not start at 0).
            var allowed = Shell.AllowedCores();
            if (!allowed.Contains(proxyCore.Value) || allowed.Count < 2)
            {
                throw new ArgumentException($"--proxy-core {proxyCore} needs to be one of this process's cores, with at least one more; it may use {string.Join(',', allowed)}.");
            }
            var others = string.Join(',', allowed.Where(c => c != proxyCore));
            // Every thread of this process, so the AppHost's processes, started later, inherit the mask.
            Shell.Run("taskset", $"--all-tasks --cpu-list --pid {others} {Environment.ProcessId}");
        }
        var root = Directory.CreateTempSubdirectory("shortvideo-bench-gateway-").FullName;
        Environment.SetEnvironmentVariable("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        // Our gateway's rate limits stay on (their cost is part of what is measured) but high enough not to refuse the load.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ShortVideo_AppHost>(
        [
            $"ShortVideo:DataRoot={root}", "Gateway:RateLimits:ReadBurst=1000000", "Gateway:RateLimits:ReadsPerSecond=1000000",
        ]);
        Shell.AsDeployed(builder);
        foreach (var variable in overrides["system"].Select(v => v.Split('=', 2)))
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>()) builder.CreateResourceBuilder(project).WithEnvironment(variable[0], variable[1]);
        }
        await using var app = await builder.BuildAsync();
        Process? bare = null, observed = null, fresh = null;
        var variants = new List<Process>();
        try
        {
            await app.StartAsync();
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
            var gateway = app.GetEndpoint("gateway", "http");
            var recommendation = app.GetEndpoint("recommendation", "http");
            var upload = app.GetEndpoint("upload", "http");
            var segment = Path.Combine(root, "media", "videos", "bench", "segment.ts");
            Directory.CreateDirectory(Path.GetDirectoryName(segment)!);
            var bytes = new byte[1 << 20];
            Random.Shared.NextBytes(bytes);
            await File.WriteAllBytesAsync(segment, bytes);

            var feedPath = await SeedFeedPageAsync(app, recommendation);
            var ourPid = Shell.ProcessOf("ShortVideo.Gateway", root);
            var destinations = $"--api {recommendation.ToString().TrimEnd('/')} --media {upload.ToString().TrimEnd('/')}";
            (bare, var bareUri) = await StartBareProxyAsync(destinations, ourPid, null, overrides["bare"]);
            (observed, var observedUri) = await StartBareProxyAsync(destinations, ourPid, "all", overrides["bare"]);

            // Whose CPU each target spends: the service itself when direct, else the proxy in front of it.
            var targets = new (string Name, Uri Feed, Uri Media, int FeedPid, int MediaPid)[]
            {
                ("direct", recommendation, upload, Shell.ProcessOf("ShortVideo.Recommendation", root), Shell.ProcessOf("ShortVideo.Upload", root)),
                (Bare, bareUri, bareUri, bare.Id, bare.Id),
                (Traced, observedUri, observedUri, observed.Id, observed.Id),
                (Orchestrated, gateway, gateway, ourPid, ourPid),
            };
            (fresh, var freshUri) = await StartFreshGatewayAsync(ourPid, overrides["fresh"]);
            targets = [.. targets, (Ours, freshUri, freshUri, fresh.Id, fresh.Id)];
            // Experiments: "--variant LABEL|NAME=VALUE|NAME=VALUE" starts one more instance of our gateway with those variables, measured
            // beside the others (repeatable), e.g. "--variant 'no tracing|OTEL_TRACES_SAMPLER=always_off'".
            foreach (var variant in args.Select((a, i) => (a, i)).Where(p => p.a == "--variant").Select(p => args[p.i + 1].Split('|')))
            {
                var (process, uri) = await StartFreshGatewayAsync(ourPid, [.. overrides["fresh"], .. variant.Skip(1)]);
                variants.Add(process);
                targets = [.. targets, (variant[0], uri, uri, process.Id, process.Id)];
            }
            // "--bare-telemetry none|all|metrics|traces|native-traces" starts one more bare proxy with only that part of the telemetry
            // (repeatable); "--bare-telemetry 'none|NAME=VALUE'" runs it with those variables.
            foreach (var part in args.Select((a, i) => (a, i)).Where(p => p.a == "--bare-telemetry").Select(p => args[p.i + 1].Split('|')))
            {
                var (process, uri) = await StartBareProxyAsync(destinations, ourPid, part[0] == "none" ? null : part[0], [.. overrides["bare"], .. part.Skip(1)]);
                variants.Add(process);
                targets = [.. targets, ($"bare YARP + {string.Join(", ", part)}", uri, uri, process.Id, process.Id)];
            }
            Console.WriteLine($"{warmup} s warm-up and {seconds} s per measurement, {rounds} rounds, alternating targets; load avg {File.ReadAllText("/proc/loadavg").Split(' ')[0]}{(proxyCore is { } core ? $"; the proxies on core {core}, everything else on the others" : "; every process on every core")}");
            Console.WriteLine("| request | connections | target | requests/s, median of rounds (min-max) | p50 ms | p99 ms | CPU µs/request (service if direct, else proxy) | thread sleeps/request (same process) | steal %, worst round (hypervisor) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (request, path) in new[] { ("feed page", feedPath), ("1 MiB segment", "/media/videos/bench/segment.ts") }
                .Where(r => only is null || r.Item2.StartsWith(only == "feed" ? "/api" : "/media", StringComparison.Ordinal)))
            {
                foreach (var connections in args.Contains("--connections") ? [Shell.Option(args, "--connections", 1)] : new[] { 1, 32 })
                {
                    var media = path.StartsWith("/media", StringComparison.Ordinal);
                    Task<Measurement> Load((string Name, Uri Feed, Uri Media, int FeedPid, int MediaPid) target, int forSeconds) =>
                        LoadAsync(new Uri(media ? target.Media : target.Feed, path), media ? target.MediaPid : target.FeedPid, connections, TimeSpan.FromSeconds(forSeconds));
                    var results = targets.ToDictionary(t => t.Name, _ => new List<Measurement>());
                    foreach (var target in targets) await Load(target, warmup);
                    for (var round = 0; round < rounds; round++)
                    {
                        // The order turns each round, so no target is always measured first or right after the same neighbour.
                        foreach (var target in targets.Skip(round % targets.Length).Concat(targets.Take(round % targets.Length)))
                        {
                            results[target.Name].Add(await Load(target, seconds));
                        }
                    }
                    foreach (var target in targets)
                    {
                        var runs = results[target.Name];
                        Console.WriteLine($"| {request} | {connections} | {target.Name} | {Median(runs.Select(m => m.PerSecond)):0} ({runs.Min(m => m.PerSecond):0}-{runs.Max(m => m.PerSecond):0}) | {Median(runs.Select(m => m.P50)):0.00} | {Median(runs.Select(m => m.P99)):0.00} | {Median(runs.Select(m => m.CpuMicroseconds)):0} | {Median(runs.Select(m => m.SleepsPerRequest)):0.00} | {runs.Max(m => m.StealPercent):0} |");
                    }
                    // Each round measures every target back to back, so a ratio within a round compares targets under the same
                    // conditions; the machine's drift between rounds (steal, other load) cancels out. The median of those ratios is reported.
                    string Versus(string name, string baseline)
                    {
                        var ratios = results[name].Zip(results[baseline], (a, b) => a.PerSecond / b.PerSecond).ToArray();
                        return $"{Median(ratios):0.00} (rounds {ratios.Min():0.00}-{ratios.Max():0.00})";
                    }
                    string AddedP50(string name, string baseline) => $"{Median(results[name].Zip(results[baseline], (a, b) => a.P50 - b.P50)):+0.00;-0.00} ms";
                    string Cpu(string name, string baseline) => $"{Median(results[name].Zip(results[baseline], (a, b) => a.CpuMicroseconds / b.CpuMicroseconds)):0.00}";
                    Console.WriteLine($"|   | {connections} | **ours / bare YARP** (ours in a group of its own, as deployed; target >= 0.90) | **{Versus(Ours, Bare)}** | added p50 **{AddedP50(Ours, Bare)}** (target < 0.30 at 1 connection) | | CPU/request ours/bare {Cpu(Ours, Bare)} | | |");
                    Console.WriteLine($"|   | {connections} | auth, limits and headers alone: ours / (bare + telemetry) | {Versus(Ours, Traced)} | added p50 {AddedP50(Ours, Traced)} | | CPU/request {Cpu(Ours, Traced)} | | |");
                    Console.WriteLine($"|   | {connections} | telemetry alone: (bare + telemetry) / bare | {Versus(Traced, Bare)} | added p50 {AddedP50(Traced, Bare)} | | CPU/request {Cpu(Traced, Bare)} | | |");
                    Console.WriteLine($"|   | {connections} | under the local orchestrator (its group shared with the services) / bare | {Versus(Orchestrated, Bare)} | added p50 {AddedP50(Orchestrated, Bare)} | | CPU/request {Cpu(Orchestrated, Bare)} | | |");
                    Console.WriteLine($"|   | {connections} | bare / direct | {Versus(Bare, "direct")} | added p50 {AddedP50(Bare, "direct")} | | | | |");
                    foreach (var variant in targets.Skip(5).Select(t => t.Name))
                    {
                        var baseline = variant.StartsWith("bare", StringComparison.Ordinal) ? Bare : Ours;
                        Console.WriteLine($"|   | {connections} | {variant} / {baseline} | {Versus(variant, baseline)} | added p50 {AddedP50(variant, baseline)} | | CPU/request {Cpu(variant, baseline)} | | |");
                    }
                }
            }
            return 0;
        }
        finally
        {
            foreach (var proxy in new[] { bare, observed, fresh }.Concat(variants))
            {
                if (proxy is { HasExited: false }) proxy.Kill(entireProcessTree: true);
            }
            await app.StopAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Publishes <see cref="SeededVideos"/> videos on the broker, as the upload service would, and returns the path of a For You page of
    /// 20 of them that was already built: asking for it again replays it (the session's record is read, nothing is built or written),
    /// so every target meets the same service doing the same work however long the run.
    /// </summary>
    private static async Task<string> SeedFeedPageAsync(DistributedApplication app, Uri recommendation)
    {
        var broker = new Uri((await app.GetConnectionStringAsync("messaging"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => ShortVideo.ServiceDefaults.Messaging.MessagingExtensions.ConfigureHost(cfg, broker));
        await bus.StartAsync();
        try
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < SeededVideos; i++)
            {
                var id = $"bench{i:D3}{Guid.NewGuid():N}"[..24];
                await bus.Publish(new ShortVideo.Contracts.VideoPublished(
                    id, new ShortVideo.Contracts.CreatorInfo($"creator{i % 8}", $"creator{i % 8}", $"Creator {i % 8}"),
                    $"A benchmark clip #bench #dance #{i % 5}", ["bench", "dance", $"{i % 5}"], 15_000, 1080, 1920,
                    $"/media/videos/{id}/master.m3u8", $"/media/videos/{id}/poster.jpg", now.AddMinutes(-i), now.AddMinutes(-i))
                {
                    Sound = new ShortVideo.Contracts.SoundInfo($"sound{i % 3}", $"original sound - creator{i % 8}"),
                });
            }
        }
        finally
        {
            await bus.StopAsync();
        }

        using var client = new HttpClient { BaseAddress = recommendation };
        for (var attempt = 0; ; attempt++)
        {
            using var first = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/feed/foryou?limit=20"));
            if (first.RootElement.GetProperty("items").GetArrayLength() == 20 && first.RootElement.GetProperty("nextCursor").GetString() is { } carrying)
            {
                // The first page's cursor carries that page (the session is stored from the second page on); the third page's
                // cursor is the short kind a reader sends for most of a session.
                using var second = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/feed/foryou?limit=20&cursor={Uri.EscapeDataString(carrying)}"));
                var cursor = second.RootElement.GetProperty("nextCursor").GetString()!;
                var path = $"/api/feed/foryou?limit=20&cursor={Uri.EscapeDataString(cursor)}";
                var page = await client.GetStringAsync(path);
                Console.WriteLine($"feed page: a replayed page of 20 videos, {System.Text.Encoding.UTF8.GetByteCount(page)} bytes of JSON");
                return path;
            }
            if (attempt == 100) throw new InvalidOperationException("the recommender did not take in the seeded videos");
            await Task.Delay(200);
        }
    }

    private const int SeededVideos = 90;

    /// <summary>
    /// A bare proxy in a process of its own; with <paramref name="telemetry"/> "all", ShortVideo's telemetry (ServiceDefaults)
    /// exporting where our gateway's does, so only auth, limits and headers differ; with "metrics", "traces" or "native-traces"
    /// one part of it (an experiment: <see cref="RunBareProxyAsync"/>).
    /// </summary>
    private static async Task<(Process Process, Uri Uri)> StartBareProxyAsync(string destinations, int gatewayPid, string? telemetry, IEnumerable<string> overrides)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("setsid", $"{Pinned}{Environment.ProcessPath} bare-proxy --port {port} {destinations}{(telemetry is null ? "" : $" --telemetry {telemetry}")}");
        if (telemetry is not null)
        {
            foreach (var (name, value) in EnvironmentOf(gatewayPid).Where(v => v.Name.StartsWith("OTEL_", StringComparison.Ordinal))) start.Environment[name] = value;
            start.Environment["OTEL_SERVICE_NAME"] = "bare-proxy";
        }
        Override(start, overrides);
        return await StartedAsync(Process.Start(start)!, port);
    }

    /// <summary>
    /// A second instance of our gateway: the orchestrated one's command line and environment (so the same code and configuration),
    /// on a port of its own and in a scheduling group of its own, as the bare proxies are. The orchestrated one shares the orchestrator's
    /// group with every service (docs/benchmarks.md, "Session 6").
    /// </summary>
    private static async Task<(Process Process, Uri Uri)> StartFreshGatewayAsync(int gatewayPid, IEnumerable<string> overrides)
    {
        var port = FreePort();
        var command = File.ReadAllText($"/proc/{gatewayPid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo("setsid") { WorkingDirectory = new DirectoryInfo($"/proc/{gatewayPid}/cwd").ResolveLinkTarget(false)!.FullName };
        foreach (var argument in Pinned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(command)) start.ArgumentList.Add(argument);
        start.Environment.Clear();
        foreach (var (name, value) in EnvironmentOf(gatewayPid)) start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        Override(start, overrides);
        return await StartedAsync(Process.Start(start)!, port);
    }

    /// <summary>The proxy once it answers; one that never does is ended here, as the caller never gets it to end.</summary>
    private static async Task<(Process Process, Uri Uri)> StartedAsync(Process process, int port)
    {
        var uri = new Uri($"http://127.0.0.1:{port}");
        try
        {
            await WaitUntilAnswersAsync(uri);
            return (process, uri);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static int? proxyCore;

    /// <summary>The command prefix that keeps a proxy on its own core ("--proxy-core"), or nothing.</summary>
    private static string Pinned => proxyCore is { } core ? $"taskset --cpu-list {core} " : "";

    private static void Override(ProcessStartInfo start, IEnumerable<string> variables)
    {
        foreach (var variable in variables.Select(v => v.Split('=', 2))) start.Environment[variable[0]] = variable[1];
    }

    private static IEnumerable<(string Name, string Value)> EnvironmentOf(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0').Select(v => v.Split('=', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1]));

    public static async Task<int> RunBareProxyAsync(string[] args)
    {
        var port = Shell.Option(args, "--port", 0);
        string Value(string name) => args[Array.IndexOf(args, name) + 1];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        switch (args.Contains("--telemetry") ? Value("--telemetry") : null)
        {
            case "all":
                builder.ConfigureTelemetry();
                // As in the gateway's appsettings.json: ASP.NET Core and YARP log warnings only.
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                break;
            // Parts of it, to see which costs what: the metrics alone; the traces alone; the traces with ASP.NET Core's own server
            // span (.NET 10 fills in the OpenTelemetry attributes when this switch is off) instead of OpenTelemetry's instrumentation.
            case "metrics":
                builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()).UseOtlpExporter();
                break;
            case "traces":
                builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()).UseOtlpExporter();
                break;
            case "native-traces":
                AppContext.SetSwitch("Microsoft.AspNetCore.Hosting.SuppressActivityOpenTelemetryData", false);
                builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("Microsoft.AspNetCore").AddHttpClientInstrumentation()).UseOtlpExporter();
                break;
        }
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddReverseProxy().LoadFromMemory(
            [
                new RouteConfig { RouteId = "api", ClusterId = "api", Match = new RouteMatch { Path = "/api/{**rest}" } },
                new RouteConfig { RouteId = "media", ClusterId = "media", Match = new RouteMatch { Path = "/media/{**rest}" } },
            ],
            [
                new ClusterConfig { ClusterId = "api", Destinations = new Dictionary<string, DestinationConfig> { ["d"] = new() { Address = Value("--api") } } },
                new ClusterConfig { ClusterId = "media", Destinations = new Dictionary<string, DestinationConfig> { ["d"] = new() { Address = Value("--media") } } },
            ]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync();
        return 0;
    }

    private const string Bare = "bare YARP", Traced = "bare YARP + telemetry", Ours = "our gateway", Orchestrated = "our gateway, orchestrated";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Measurement(double PerSecond, double P50, double P99, double CpuMicroseconds, double SleepsPerRequest, double StealPercent);

    /// <summary>Drives <paramref name="uri"/> from <paramref name="connections"/> loops and charges the CPU process <paramref name="pid"/> used meanwhile to each request.</summary>
    private static async Task<Measurement> LoadAsync(Uri uri, int pid, int connections, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        // Warm up: connections open, code paths jitted.
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Fetch(client, uri)));
        var cpuBefore = Shell.ProcessCpuSeconds(pid);
        var sleepsBefore = Shell.ProcessSleeps(pid);
        var stealBefore = StealAndTotalTicks();
        var stop = Stopwatch.StartNew();
        var latencies = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var mine = new List<double>();
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await Fetch(client, uri);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return mine;
        }));
        var cpu = Shell.ProcessCpuSeconds(pid) - cpuBefore;
        var sleeps = Shell.ProcessSleeps(pid) - sleepsBefore;
        var stealAfter = StealAndTotalTicks();
        var steal = 100.0 * (stealAfter.Steal - stealBefore.Steal) / Math.Max(1, stealAfter.Total - stealBefore.Total);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measurement(all.Length / stop.Elapsed.TotalSeconds, all[all.Length / 2], all[(int)(all.Length * 0.99)], cpu * 1e6 / all.Length, (double)sleeps / all.Length, steal);
    }

    /// <summary>
    /// The machine's steal time and all its CPU time so far (the first line of /proc/stat). On a virtual machine the hypervisor
    /// can take a large share of the cores (40-60% in one run here), which slows every target alike and makes a run worthless.
    /// </summary>
    private static (long Steal, long Total) StealAndTotalTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal guest guest_nice: guest time is counted in user already.
        return (fields[7], fields.Take(8).Sum());
    }

    private static async Task Fetch(HttpClient client, Uri uri)
    {
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{uri} answered {(int)response.StatusCode}");
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
    }

    private static async Task WaitUntilAnswersAsync(Uri uri)
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try { await client.GetAsync(new Uri(uri, "/media/videos/bench/segment.ts")); return; }
            catch (HttpRequestException) { await Task.Delay(200); }
        }
        throw new InvalidOperationException("the bare proxy did not start");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
