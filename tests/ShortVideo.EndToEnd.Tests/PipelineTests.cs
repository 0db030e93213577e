using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>One real video, from an upload at the gateway to a follower's feeds, through every service.</summary>
[Collection(SystemCollection.Name)]
public sealed class PipelineTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(30);
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task An_upload_travels_from_the_gateway_to_a_followers_feeds()
    {
        output.WriteLine($"System healthy {system.StartedIn.TotalSeconds:0.0} s after start");
        var creator = await Api.RegisterAsync(Gateway, "creator");
        var follower = await Api.RegisterAsync(Gateway, "fan");
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Put, $"/api/users/{creator.Handle}/follow", follower.Token)).StatusCode);

        var clip = await Api.GenerateClipAsync(1080, 1920, 3);
        var clock = Stopwatch.StartNew();
        var accepted = await Api.UploadAsync(Gateway, creator.Token, clip, "first.mp4", "first #dance #test");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        Assert.Equal($"/api/videos/{id}", accepted.Headers.Location?.OriginalString);

        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(3), "transcoding");
        output.WriteLine($"Upload to ready: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal("ready", video["status"]!.GetValue<string>());
        Assert.Equal(["dance", "test"], video["hashtags"]!.AsArray().Select(t => t!.GetValue<string>()));
        var renditions = video["renditions"]!.AsArray();
        Assert.True(renditions.Count >= 2, "at least two renditions");
        Assert.All(renditions, r => Assert.True(r!["height"]!.GetValue<int>() > r["width"]!.GetValue<int>() && r["width"]!.GetValue<int>() <= 1080));

        await PlaysAsHlsAsync(video["playlistUrl"]!.GetValue<string>());
        var poster = await Gateway.GetAsync(video["posterUrl"]!.GetValue<string>());
        Assert.Equal("image/jpeg", poster.Content.Headers.ContentType?.MediaType);

        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/hashtags/dance/videos?limit=100"), p => Api.Ids(p).Contains(id), Converge, "the #dance page listing it");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/search?q=first%20dance&limit=100"), p => Api.Ids(p).Contains(id), Converge, "search finding it");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/following", follower.Token), p => Api.Ids(p).Contains(id), Converge, "the Following feed");
        var forYou = await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/foryou?limit=100", follower.Token), p => Api.Ids(p).Contains(id), Converge, "the For You feed");
        var card = forYou["items"]!.AsArray().First(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("following", card["reason"]!["source"]!.GetValue<string>());

        await Api.EventuallyAsync(() => Gateway.SendAsync(HttpMethod.Put, $"/api/videos/{id}/like", follower.Token),
            r => r.StatusCode == HttpStatusCode.NoContent, Converge, "the like being accepted");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/foryou?limit=100", follower.Token),
            p => p["items"]!.AsArray().Any(i => i!["id"]!.GetValue<string>() == id && i["stats"]!["likes"]!.GetValue<long>() == 1), Converge, "the like on the feed card");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["stats"]!["likes"]!.GetValue<long>() == 1, Converge, "the like on the video");
    }

    [Fact]
    public async Task A_text_file_named_mp4_is_rejected_and_leaves_nothing()
    {
        var creator = await Api.RegisterAsync(Gateway, "liar");
        var mediaBefore = MediaFiles();

        var response = await Api.UploadAsync(Gateway, creator.Token, "this is not a video"u8.ToArray(), "clip.mp4", "fake #dance");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!;
        Assert.Contains("not a video", problem["errors"]!["file"]![0]!.GetValue<string>());
        Assert.Equal(mediaBefore, MediaFiles());
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{creator.Handle}/videos")));
    }

    [Fact]
    public async Task A_file_that_only_looks_like_a_video_ends_failed_with_the_reason_and_no_media()
    {
        var creator = await Api.RegisterAsync(Gateway, "garbage");
        byte[] fake = [0, 0, 0, 0x20, .. "ftypisom"u8, .. Enumerable.Repeat((byte)0x5A, 64 * 1024)];

        var response = await Api.UploadAsync(Gateway, creator.Token, fake, "clip.mp4", "broken");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();

        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(2), "the verdict");
        Assert.Equal("failed", video["status"]!.GetValue<string>());
        Assert.Contains("could not be read as a video", video["failureReason"]!.GetValue<string>());
        await Api.EventuallyAsync(() => Task.FromResult(MediaFiles().Any(f => f.Contains(id))), present => !present, Converge, "its media being deleted");
    }

    [Fact]
    public async Task Writes_without_a_token_are_refused_at_the_gateway()
    {
        var response = await Gateway.PostAsync("/api/videos", new MultipartFormDataContent { { new StringContent("x"), "caption" } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Gateway.SendAsync(HttpMethod.Put, "/api/users/someone/follow", "not-a-token")).StatusCode);
    }

    private async Task PlaysAsHlsAsync(string masterUrl)
    {
        var master = await Gateway.GetStringAsync(masterUrl);
        Assert.StartsWith("#EXTM3U", master);
        var variant = master.Split('\n').Select(l => l.Trim()).First(l => l.EndsWith(".m3u8", StringComparison.Ordinal));
        var variantUrl = new Uri(new Uri(Gateway.BaseAddress!, masterUrl), variant);
        var playlist = await Gateway.GetStringAsync(variantUrl);
        Assert.Contains("#EXT-X-ENDLIST", playlist);
        var segmentUrl = new Uri(variantUrl, playlist.Split('\n').Select(l => l.Trim()).First(l => l.EndsWith(".ts", StringComparison.Ordinal)));

        var segment = await Gateway.GetByteArrayAsync(segmentUrl);
        Assert.True(segment.Length > 1000 && segment[0] == 0x47, "an MPEG-TS segment starts with the sync byte 0x47");
        var range = new HttpRequestMessage(HttpMethod.Get, segmentUrl) { Headers = { Range = new RangeHeaderValue(0, 187) } };
        var partial = await Gateway.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(188, (await partial.Content.ReadAsByteArrayAsync()).Length);
    }

    private HashSet<string> MediaFiles()
    {
        var media = Path.Combine(system.DataRoot, "media");
        return Directory.Exists(media)
            ? Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/videos/")).ToHashSet()
            : [];
    }
}
