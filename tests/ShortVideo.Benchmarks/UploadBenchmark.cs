using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace ShortVideo.Benchmarks;

/// <summary>
/// A large upload through the gateway of a system started by the AppHost, against a plain local
/// copy of the same file, with the resident memory of the upload service and gateway sampled
/// while it streams: the upload path must not buffer the body.
/// </summary>
internal static class UploadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var megabytes = Shell.Option(args, "--megabytes", 1000);
        var rounds = Shell.Option(args, "--rounds", 3);
        // A fresh process tiers up its hot loops during its first uploads (the JIT then takes more CPU than the
        // copying); production runs warm, so this many smaller uploads of each kind go first, unmeasured.
        var warmups = Shell.Option(args, "--warmup", 6);
        var root = Directory.CreateTempSubdirectory("shortvideo-bench-upload-").FullName;
        Environment.SetEnvironmentVariable("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ShortVideo_AppHost>([$"ShortVideo:DataRoot={root}"]);
        Shell.AsDeployed(builder);
        await using var app = await builder.BuildAsync();
        try
        {
            await app.StartAsync();
            // Every service, not just the gateway: services still starting would share the two cores with the upload.
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(project.Name);
            }
            using var gateway = app.CreateHttpClient("gateway");
            gateway.Timeout = TimeSpan.FromMinutes(30);
            var file = Path.Combine(root, "big.mp4");
            MakeFile(file, megabytes);
            var small = Path.Combine(root, "warm.mp4");
            MakeFile(small, Math.Min(megabytes, 100));
            var token = await TokenAsync(gateway);
            var upload = Shell.ProcessOf("ShortVideo.Upload", root);
            var proxy = Shell.ProcessOf("ShortVideo.Gateway", root);
            for (var i = 0; i < warmups; i++)
            {
                await PostAsync(gateway, token, small);
                await TusAsync(gateway, token, small);
            }
            // The posted files are random bytes: the transcode service's validation rejects them in the background.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var (idleUpload, idleGateway) = (Rss(upload), Rss(proxy));

            Console.WriteLine($"file: {megabytes} MB; {warmups} warm-up uploads of each kind, then {rounds} rounds; load avg {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Console.WriteLine("| round | durable copy MB/s | multipart MB/s (ratio) | tus MB/s (ratio) | CPU s during multipart: upload, gateway, client |");
            Console.WriteLine("|---|---|---|---|---|");
            var (multipartRatios, tusRatios) = (new List<double>(), new List<double>());
            double peakUpload = 0, peakGateway = 0;
            for (var round = 1; round <= rounds; round++)
            {
                // The fair baseline is a durable copy: the upload service also flushes the file to disk before it answers.
                var copy = Shell.Time(() => DurableCopy(file, Path.Combine(root, "copy.mp4")));
                File.Delete(Path.Combine(root, "copy.mp4"));
                var (cpuUpload, cpuGateway, cpuSelf) = (Shell.ProcessCpuSeconds(upload), Shell.ProcessCpuSeconds(proxy), Shell.ProcessCpuSeconds(Environment.ProcessId));
                using var sampler = new CancellationTokenSource();
                var peaks = Task.Run(() => SamplePeaks(upload, proxy, sampler.Token));
                var multipart = await Shell.TimeAsync(() => PostAsync(gateway, token, file));
                await sampler.CancelAsync();
                var cpu = $"{Shell.ProcessCpuSeconds(upload) - cpuUpload:0.00}, {Shell.ProcessCpuSeconds(proxy) - cpuGateway:0.00}, {Shell.ProcessCpuSeconds(Environment.ProcessId) - cpuSelf:0.00}";
                var (roundUpload, roundGateway) = await peaks;
                (peakUpload, peakGateway) = (Math.Max(peakUpload, roundUpload), Math.Max(peakGateway, roundGateway));
                var tus = await Shell.TimeAsync(() => TusAsync(gateway, token, file));
                multipartRatios.Add(copy / multipart);
                tusRatios.Add(copy / tus);
                Console.WriteLine($"| {round} | {megabytes / copy.TotalSeconds:0} | {megabytes / multipart.TotalSeconds:0} ({copy / multipart:0.00}) | {megabytes / tus.TotalSeconds:0} ({copy / tus:0.00}) | {cpu} |");
                await Task.Delay(TimeSpan.FromSeconds(3));
            }

            Console.WriteLine($"upload through the gateway, median of {rounds}: multipart {Shell.Median(multipartRatios):0.00}, tus {Shell.Median(tusRatios):0.00} of durable copy speed (target >= 0.50)");
            Console.WriteLine($"upload service RSS: idle {idleUpload:0} MB, peak {peakUpload:0} MB, +{peakUpload - idleUpload:0} MB (target <= 64)");
            Console.WriteLine($"gateway RSS: idle {idleGateway:0} MB, peak {peakGateway:0} MB, +{peakGateway - idleGateway:0} MB");
            return 0;
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static void DurableCopy(string from, string to)
    {
        using var source = File.OpenRead(from);
        using var target = File.Create(to);
        source.CopyTo(target, 1 << 20);
        target.Flush(flushToDisk: true);
    }

    private static void MakeFile(string path, int megabytes)
    {
        using var file = File.Create(path);
        byte[] header = [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0];
        file.Write(header);
        var block = new byte[1 << 20];
        Random.Shared.NextBytes(block);
        for (var i = 0; i < megabytes; i++) file.Write(block);
    }

    private static async Task<string> TokenAsync(HttpClient gateway)
    {
        var response = await gateway.PostAsJsonAsync("/api/auth/register", new { handle = $"bench{Random.Shared.Next(100000)}", password = "benchmark pass" });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
    }

    private static async Task PostAsync(HttpClient gateway, string token, string path)
    {
        await using var stream = File.OpenRead(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("big upload"), "caption" },
            { new StreamContent(stream, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", "big.mp4" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/videos") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await gateway.SendAsync(request);
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The resumable path: create, then the whole file in one PATCH, streamed straight to disk without multipart parsing.</summary>
    private static async Task TusAsync(HttpClient gateway, string token, string path)
    {
        var length = new FileInfo(path).Length;
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/uploads");
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        create.Headers.Add("Tus-Resumable", "1.0.0");
        create.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var created = await gateway.SendAsync(create);
        if ((int)created.StatusCode != 201) throw new InvalidOperationException($"tus create answered {(int)created.StatusCode}");
        await using var stream = File.OpenRead(path);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location!.OriginalString)
        {
            Content = new StreamContent(stream, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue("application/offset+octet-stream") } },
        };
        patch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        patch.Headers.Add("Tus-Resumable", "1.0.0");
        patch.Headers.Add("Upload-Offset", "0");
        var patched = await gateway.SendAsync(patch);
        if ((int)patched.StatusCode != 204) throw new InvalidOperationException($"tus patch answered {(int)patched.StatusCode}: {await patched.Content.ReadAsStringAsync()}");
    }

    private static async Task<(double Upload, double Gateway)> SamplePeaks(int upload, int gateway, CancellationToken stop)
    {
        double peakUpload = 0, peakGateway = 0;
        while (!stop.IsCancellationRequested)
        {
            peakUpload = Math.Max(peakUpload, Rss(upload));
            peakGateway = Math.Max(peakGateway, Rss(gateway));
            try { await Task.Delay(20, stop); } catch (OperationCanceledException) { }
        }
        return (peakUpload, peakGateway);
    }

    private static double Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
