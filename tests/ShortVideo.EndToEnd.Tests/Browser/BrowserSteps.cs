using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ShortVideo.EndToEnd.Tests.Browser;

/// <summary>Steps the browser tests share: a video made ready through the API, playback observed in the page.</summary>
public static class BrowserSteps
{
    public static async Task<string> PostReadyVideoAsync(HttpClient gateway, string token, string caption, TimeSpan timeout)
    {
        var response = await Api.UploadAsync(gateway, token, await Media.ClipAsync(180, 320, 2), "clip.mp4", caption);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        await Api.EventuallyAsync(() => gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", timeout, "the video ready");
        return id;
    }

    /// <summary>Waits until the video of the slide plays past <paramref name="after"/> seconds, and returns where it is.</summary>
    public static async Task<double> PlayingTimeAsync(IPage page, string id, double after)
    {
        var handle = await page.WaitForFunctionAsync(
            "([id, after]) => { const v = document.querySelector(`article.slide[data-video-id='${id}'] video`); return v && !v.paused && v.currentTime > after ? v.currentTime : false }",
            new object[] { id, after }, new() { Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    public static async Task<string> WriteTempAsync(byte[] clip)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-web-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(path, clip);
        return path;
    }
}
