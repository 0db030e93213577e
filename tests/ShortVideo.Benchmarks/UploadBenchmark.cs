using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aspire.Hosting;
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
        var root = Directory.CreateTempSubdirectory("shortvideo-bench-upload-").FullName;
        Environment.SetEnvironmentVariable("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ShortVideo_AppHost>([$"ShortVideo:DataRoot={root}"]);
        await using var app = await builder.BuildAsync();
        try
        {
            await app.StartAsync();
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
            using var gateway = app.CreateHttpClient("gateway");
            gateway.Timeout = TimeSpan.FromMinutes(30);
            var file = Path.Combine(root, "big.mp4");
            MakeFile(file, megabytes);

            // The fair baseline is a durable copy: the upload service also flushes the file to disk before it answers.
            var copy = Shell.Time(() => DurableCopy(file, Path.Combine(root, "copy.mp4")));
            File.Delete(Path.Combine(root, "copy.mp4"));
            var token = await TokenAsync(gateway);
            var upload = Shell.ProcessOf("ShortVideo.Upload", root);
            var proxy = Shell.ProcessOf("ShortVideo.Gateway", root);
            var (idleUpload, idleGateway) = (Rss(upload), Rss(proxy));

            var (cpuUpload, cpuGateway, cpuSelf) = (Shell.ProcessCpuSeconds(upload), Shell.ProcessCpuSeconds(proxy), Shell.ProcessCpuSeconds(Environment.ProcessId));
            using var sampler = new CancellationTokenSource();
            var peaks = Task.Run(() => SamplePeaks(upload, proxy, sampler.Token));
            var elapsed = await Shell.TimeAsync(() => PostAsync(gateway, token, file));
            await sampler.CancelAsync();
            var (peakUpload, peakGateway) = await peaks;
            Console.WriteLine($"CPU during the multipart upload: upload service {Shell.ProcessCpuSeconds(upload) - cpuUpload:0.00} s, gateway {Shell.ProcessCpuSeconds(proxy) - cpuGateway:0.00} s, client {Shell.ProcessCpuSeconds(Environment.ProcessId) - cpuSelf:0.00} s");
            var tus = await Shell.TimeAsync(() => TusAsync(gateway, token, file));

            Console.WriteLine($"file: {megabytes} MB");
            Console.WriteLine($"local durable copy (copy + fsync): {megabytes / copy.TotalSeconds:0} MB/s ({copy.TotalSeconds:0.00} s)");
            Console.WriteLine($"upload through the gateway: {megabytes / elapsed.TotalSeconds:0} MB/s ({elapsed.TotalSeconds:0.00} s), {copy / elapsed:0.00} of copy speed (target >= 0.50)");
            Console.WriteLine($"tus upload through the gateway (one PATCH): {megabytes / tus.TotalSeconds:0} MB/s ({tus.TotalSeconds:0.00} s), {copy / tus:0.00} of copy speed");
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
