using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Sounds, templates, and deleting: what a creator does around a post, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class CreatorTests(SystemFixture system)
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task An_uploaded_song_becomes_a_normalised_sound_anyone_can_fetch()
    {
        var creator = await Api.RegisterAsync(Gateway, "singer");
        var mp3 = await GenerateAudioAsync("mp3", seconds: 3);

        var response = await UploadSoundAsync(creator.Token, mp3, "song.mp3", "My song");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sound = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!;
        Assert.Equal("My song", sound["title"]!.GetValue<string>());
        Assert.InRange(sound["durationMs"]!.GetValue<int>(), 2900, 3200);
        var fetched = await Gateway.GetJsonAsync($"/api/sounds/{sound["id"]!.GetValue<string>()}");
        Assert.Equal(creator.Handle, fetched["owner"]!["handle"]!.GetValue<string>());
        var audio = await Gateway.GetAsync(fetched["audioUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.True((await audio.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Theory]
    [InlineData("text.mp3", "just some text, not a song", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("fake.mp3", "ID3\u0003\0\0\0\0\0\0garbage that only starts like an mp3 tag", HttpStatusCode.UnprocessableEntity)]
    public async Task A_file_that_is_not_audio_is_refused_as_a_sound(string name, string content, HttpStatusCode expected)
    {
        var creator = await Api.RegisterAsync(Gateway, "faker");
        var response = await UploadSoundAsync(creator.Token, System.Text.Encoding.Latin1.GetBytes(content), name, "Fake");
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"file\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_template_catalogue_lists_one_tap_edits_with_their_parameters()
    {
        var templates = (await Gateway.GetJsonAsync("/api/templates")).AsArray();
        Assert.True(templates.Count >= 5);
        var ids = templates.Select(t => t!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("slow-motion", ids);
        Assert.Contains("caption-overlay", ids);
        Assert.All(templates, t => Assert.NotEmpty(t!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_video_and_then_it_is_gone_everywhere()
    {
        var creator = await Api.RegisterAsync(Gateway, "deleter");
        var stranger = await Api.RegisterAsync(Gateway, "stranger");
        var tag = "gone" + Guid.NewGuid().ToString("N")[..8];
        var id = await PostReadyVideoAsync(creator.Token, $"short lived #{tag}");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/hashtags/{tag}/videos"), p => Api.Ids(p).Contains(id), Converge, "indexing");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/foryou?limit=100"), p => Api.Ids(p).Contains(id), Converge, "the feed");
        // Its own audio became its original sound, which no other video uses.
        var sound = (await Gateway.GetJsonAsync($"/api/videos/{id}"))["sound"]!["id"]!.GetValue<string>();
        var audio = (await Gateway.GetJsonAsync($"/api/sounds/{sound}"))["audioUrl"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{id}", stranger.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{id}", creator.Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/api/videos/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/api/sounds/{sound}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync(audio)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/media/videos/{id}/master.m3u8")).StatusCode);
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/hashtags/{tag}/videos"), p => !Api.Ids(p).Contains(id), Converge, "leaving the hashtag page");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/search?q={tag}"), p => !Api.Ids(p).Contains(id), Converge, "leaving search");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/foryou?limit=100"), p => !Api.Ids(p).Contains(id), Converge, "leaving the feed");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(system.DataRoot, "media", "originals"), $"{id}.*"));
    }

    [Fact]
    public async Task A_video_deleted_while_it_is_encoded_leaves_no_media_once_the_encode_ends()
    {
        var creator = await Api.RegisterAsync(Gateway, "hasty");
        var response = await PostAsync(creator.Token, await Api.GenerateClipAsync(720, 1280, 8));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        // Deleted once the encoder is at work on it, so the encode runs on and writes its renditions after the delete.
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["progress"]?.GetValue<double>() > 0, TimeSpan.FromMinutes(2), "the encode to start");
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{id}", creator.Token)).StatusCode);

        await Api.EventuallyAsync(() => Task.FromResult(SystemLogs.Mentions("transcode", $"Video {id} ")), ended => ended, TimeSpan.FromMinutes(2), "the encode to end");
        await Api.EventuallyAsync(() => Gateway.GetAsync($"/media/videos/{id}/master.m3u8"), r => r.StatusCode == HttpStatusCode.NotFound, Converge, "its playlist gone");
        await Api.EventuallyAsync(() => Task.FromResult(Directory.Exists(Path.Combine(system.DataRoot, "media", "videos", id))), exists => !exists, Converge, "its folder gone");
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/media/videos/{id}/poster.jpg")).StatusCode);
    }

    [Fact]
    public async Task A_duet_of_a_missing_video_and_a_stitch_that_is_forbidden_are_refused_and_leave_nothing()
    {
        var creator = await Api.RegisterAsync(Gateway, "private");
        var copier = await Api.RegisterAsync(Gateway, "copier");
        var original = await PostReadyVideoAsync(creator.Token, "no stitches please", ("allowStitch", "false"));
        var clip = await Api.GenerateClipAsync(360, 640, 1);
        var before = OriginalFiles();

        var missing = await PostAsync(copier.Token, clip, ("duetOf", "no-such-video"));
        var forbidden = await PostAsync(copier.Token, clip, ("stitchOf", original), ("stitchStartMs", "0"), ("stitchEndMs", "1000"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("duetOf", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("does not allow stitches", await forbidden.Content.ReadAsStringAsync());
        Assert.Equal(before, OriginalFiles());
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{copier.Handle}/videos")));
    }

    private async Task<string> PostReadyVideoAsync(string token, string caption, params (string Name, string Value)[] fields)
    {
        var response = await PostAsync(token, await Api.GenerateClipAsync(360, 640, 1), [("caption", caption), .. fields]);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", TimeSpan.FromMinutes(2), "ready");
        return id;
    }

    private Task<HttpResponseMessage> PostAsync(string token, byte[] clip, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (fields.All(f => f.Name != "caption")) form.Add(new StringContent("a post"), "caption");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(clip) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", "clip.mp4");
        return Gateway.SendAsync(HttpMethod.Post, "/api/videos", token, form);
    }

    private Task<HttpResponseMessage> UploadSoundAsync(string token, byte[] file, string name, string title)
    {
        var form = new MultipartFormDataContent { { new StringContent(title), "title" }, { new ByteArrayContent(file), "file", name } };
        return Gateway.SendAsync(HttpMethod.Post, "/api/sounds", token, form);
    }

    private HashSet<string> OriginalFiles()
    {
        var folder = Path.Combine(system.DataRoot, "media", "originals");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).ToHashSet() : [];
    }

    private static async Task<byte[]> GenerateAudioAsync(string format, double seconds)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-sound-{Guid.NewGuid():N}.{format}");
        var args = $"-loglevel error -y -f lavfi -i sine=frequency=330:sample_rate=44100 -t {seconds} \"{path}\"";
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", args) { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, errors);
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
