using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class AvatarTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    /// <summary>An image made on the spot by ffmpeg's test source, so no media is checked in.</summary>
    private static async Task<byte[]> ImageAsync(string extension, int width, int height)
    {
        var path = Path.Combine(Path.GetTempPath(), $"avatar-{Guid.NewGuid():N}.{extension}");
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", $"-loglevel error -y -f lavfi -i testsrc2=size={width}x{height} -frames:v 1 \"{path}\"") { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, errors);
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }

    private static Task<HttpResponseMessage> PutAsync(TestUser user, byte[] bytes, string contentType, string fileName) =>
        user.Client.PutAsync("/api/users/me/avatar", new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } }, "file", fileName },
        });

    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("webp")]
    public async Task An_image_becomes_a_square_jpeg_served_as_immutable(string extension)
    {
        var ana = await _app.RegisterAsync("ana");

        var response = await PutAsync(ana, await ImageAsync(extension, 640, 360), "application/octet-stream", $"me.{extension}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = (await response.Content.ReadFromJsonAsync<JsonNode>())!["avatarUrl"]!.GetValue<string>();
        Assert.StartsWith("/media/avatars/", url);
        var image = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromDays(365), image.Headers.CacheControl.MaxAge);
        var path = Path.Combine(Path.GetTempPath(), $"served-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, await image.Content.ReadAsByteArrayAsync());
        try
        {
            var probe = await FFMpegCore.FFProbe.AnalyseAsync(path);
            Assert.Equal((256, 256), (probe.PrimaryVideoStream!.Width, probe.PrimaryVideoStream.Height));
        }
        finally { File.Delete(path); }
        Assert.Equal(url, (await _app.CreateClient().GetJsonAsync($"/api/users/{ana.Handle}"))["avatarUrl"]!.GetValue<string>());
        await Eventually.Holds(() => _app.Published<UserProfileUpdated>(e => e.UserId == ana.Id && e.AvatarUrl == url).Count == 1, "UserProfileUpdated with the avatar");
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_by_its_bytes_is_refused_whatever_it_claims()
    {
        var ana = await _app.RegisterAsync("ana");

        var response = await PutAsync(ana, "<svg onload=alert(1)>"u8.ToArray(), "image/png", "me.png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("file", await response.Content.ReadAsStringAsync());
        Assert.Null((await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"))["avatarUrl"]);
    }

    [Fact]
    public async Task A_truncated_image_is_refused_as_undecodable()
    {
        var ana = await _app.RegisterAsync("ana");
        var png = await ImageAsync("png", 640, 360);

        var response = await PutAsync(ana, png[..(png.Length / 3)], "image/png", "me.png");

        // A PNG by its bytes and its header, so not 415: the image itself cannot be used.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("damaged", (await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["file"]![0]!.GetValue<string>());
        Assert.Null((await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"))["avatarUrl"]);
    }

    [Fact]
    public async Task Replacing_and_deleting_an_avatar_removes_the_old_file()
    {
        var ana = await _app.RegisterAsync("ana");
        var first = (await (await PutAsync(ana, await ImageAsync("png", 300, 300), "image/png", "a.png")).Content.ReadFromJsonAsync<JsonNode>())!["avatarUrl"]!.GetValue<string>();
        var second = (await (await PutAsync(ana, await ImageAsync("png", 300, 300), "image/png", "b.png")).Content.ReadFromJsonAsync<JsonNode>())!["avatarUrl"]!.GetValue<string>();

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, await ana.Client.DeleteStatusAsync("/api/users/me/avatar"));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(second)).StatusCode);
        Assert.Null((await ana.Client.GetJsonAsync($"/api/users/{ana.Handle}"))["avatarUrl"]);
    }

    [Fact]
    public async Task Avatar_names_that_this_service_did_not_make_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/media/avatars/..%2F..%2Fsocial-graph.db")).StatusCode);
    }
}
