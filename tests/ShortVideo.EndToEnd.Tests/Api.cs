using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>What a client does through the gateway, in as few words as the tests need.</summary>
public static class Api
{
    public static string NewHandle(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..20];

    public static async Task<(string UserId, string Handle, string Token)> RegisterAsync(HttpClient gateway, string prefix)
    {
        var handle = NewHandle(prefix);
        var response = await gateway.PostAsJsonAsync("/api/auth/register", new { handle, password = "correct horse battery" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync());
        return (body!["userId"]!.GetValue<string>(), handle, body["token"]!.GetValue<string>());
    }

    public static HttpRequestMessage As(this HttpRequestMessage request, string? token)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient gateway, HttpMethod method, string url, string? token, HttpContent? content = null) =>
        gateway.SendAsync(new HttpRequestMessage(method, url) { Content = content }.As(token));

    public static async Task<JsonNode> GetJsonAsync(this HttpClient gateway, string url, string? token = null)
    {
        var response = await gateway.SendAsync(HttpMethod.Get, url, token);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient gateway, string token, byte[] file, string fileName, string caption, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(caption), "caption" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", fileName },
        };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await gateway.SendAsync(HttpMethod.Post, "/api/videos", token, form);
    }

    public static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());

    /// <summary>Polls until the condition holds: events travel asynchronously, so reads converge rather than answer at once.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        T last;
        while (!condition(last = await read()))
        {
            if (clock.Elapsed > timeout) Assert.Fail($"{what} did not happen within {timeout.TotalSeconds} s; last seen: {Describe(last)}");
            await Task.Delay(200);
        }
        return last;
    }

    private static string Describe<T>(T value) => value is JsonNode node ? node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) : $"{value}";

    /// <summary>A clip made on the spot by ffmpeg's test sources, so no media is checked in.</summary>
    public static async Task<byte[]> GenerateClipAsync(int width, int height, double seconds)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-clip-{Guid.NewGuid():N}.mp4");
        var args = $"-loglevel error -y -f lavfi -i testsrc2=size={width}x{height}:rate=30 -f lavfi -i sine=frequency=440 "
            + $"-t {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest \"{path}\"";
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", args) { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, errors);
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
