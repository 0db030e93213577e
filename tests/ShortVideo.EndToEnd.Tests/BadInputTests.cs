using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// Bad files and bad requests through the gateway. Each gets a clear answer naming what is wrong,
/// either at once (a problem-details 4xx) or, when only decoding can tell, a failed status with the
/// rule; and none leaves a file, a record or a video behind.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BadInputTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    /// <summary>Refused before anything is stored: the status and the form field named in the problem.</summary>
    public static TheoryData<string, int, string> Refused => new()
    {
        { "empty-file", 400, "file" },
        { "text-renamed-mp4", 415, "file" },
        { "html-polyglot", 415, "file" },
        { "jpeg-image", 415, "file" },
        { "png-with-forged-video-content-type", 415, "file" },
        { "gif-renamed-mp4", 415, "file" },
        { "zip-archive", 415, "file" },
        { "no-file-part", 400, "file" },
        { "two-files", 400, "file" },
        { "file-under-another-name", 400, "video" },
        { "json-body", 415, "body" },
        { "missing-caption", 400, "caption" },
        { "caption-too-long", 400, "caption" },
        { "caption-of-2201-emoji", 400, "caption" },
        { "caption-with-control-characters", 400, "caption" },
        { "duet-of-missing-video", 422, "duetOf" },
        { "stitch-that-is-forbidden", 403, "stitchOf" },
        { "stitch-longer-than-5s", 400, "stitchEndMs" },
        { "duet-and-stitch-together", 400, "stitchOf" },
        { "unknown-sound", 422, "soundId" },
        { "sound-mode-without-sound", 400, "soundMode" },
        { "unknown-template", 422, "templateId" },
        { "template-parameter-out-of-range", 400, "templateParams.factor" },
        { "template-parameters-not-json", 400, "templateParams" },
        { "template-parameter-null", 400, "templateParams.factor" },
        { "allow-duet-not-a-boolean", 400, "allowDuet" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_request_is_refused_at_once_and_leaves_nothing(string kind, int status, string field)
    {
        var creator = await Api.RegisterAsync(Gateway, "bad");
        var content = await ContentAsync(kind);
        var before = MediaFiles();

        var response = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", creator.Token, content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!;
        var messages = problem["errors"]?[field]?.AsArray();
        Assert.True(messages is { Count: > 0 }, $"expected errors.{field}, got {problem.ToJsonString()}");
        Assert.Equal(before, MediaFiles());
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{creator.Handle}/videos")));
    }

    /// <summary>Only decoding can tell: accepted, then failed with the rule named, and its media deleted.</summary>
    public static TheoryData<string, string> FailedInTranscode => new()
    {
        { "truncated-at-30-percent", "corrupt" },
        { "truncated-at-60-percent", "corrupt" },
        { "truncated-at-90-percent", "corrupt" },
        { "mpeg2-in-matroska", "video-codec" },
        { "audio-only-m4a", "video-stream" },
        { "64x64-pixels", "resolution" },
        { "longer-than-10-minutes", "duration" },
        { "240-frames-a-second", "frame-rate" },
        { "webm-header-then-garbage", "probe" },
    };

    [Theory]
    [MemberData(nameof(FailedInTranscode))]
    public async Task A_file_only_decoding_can_judge_ends_failed_naming_the_rule_and_leaves_no_media(string kind, string rule)
    {
        var creator = await Api.RegisterAsync(Gateway, "bad");
        var response = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", creator.Token, Form(await FileAsync(kind)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();

        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(2), "the verdict");

        Assert.Equal("failed", video["status"]!.GetValue<string>());
        Assert.StartsWith(rule + ":", video["failureReason"]!.GetValue<string>());
        await Api.EventuallyAsync(() => Task.FromResult(MediaFiles().Any(f => f.Contains(id)) || Directory.Exists(Path.Combine(system.DataRoot, "media", "videos", id))),
            present => !present, TimeSpan.FromSeconds(30), "its media being deleted");
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{creator.Handle}/videos")));
    }

    private static async Task<byte[]> FileAsync(string kind) => kind switch
    {
        "truncated-at-30-percent" => Media.Truncated(await Media.ClipAsync(360, 640, 2, extra: "-movflags +faststart"), 0.3),
        "truncated-at-60-percent" => Media.Truncated(await Media.ClipAsync(360, 640, 2, extra: "-movflags +faststart"), 0.6),
        "truncated-at-90-percent" => Media.Truncated(await Media.ClipAsync(360, 640, 2, extra: "-movflags +faststart"), 0.9),
        "mpeg2-in-matroska" => await Media.ClipAsync(codec: "mpeg2video", extension: "mkv", audio: false),
        "audio-only-m4a" => await Media.FfmpegAsync("-f lavfi -i sine=frequency=440 -t 2 -c:a aac", "m4a"),
        "64x64-pixels" => await Media.ClipAsync(64, 64),
        "longer-than-10-minutes" => await Media.ClipAsync(160, 288, 601, rate: 1, audio: false),
        "240-frames-a-second" => await Media.ClipAsync(160, 288, 1, rate: 240, audio: false),
        "webm-header-then-garbage" => [0x1A, 0x45, 0xDF, 0xA3, .. Enumerable.Repeat((byte)0x42, 8192)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Fact]
    public async Task A_caption_is_counted_in_characters_so_2200_emoji_fit()
    {
        var creator = await Api.RegisterAsync(Gateway, "emoji");
        // 2,200 characters (4,391 UTF-16 units), with a line break and a tab, which a caption may have.
        var caption = string.Concat(Enumerable.Repeat("😀", 2191)) + "\nline\ttwo";

        var response = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", creator.Token, Form(await Media.ClipAsync(), caption: caption));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        Assert.Equal(caption, (await Gateway.GetJsonAsync($"/api/videos/{id}"))["caption"]!.GetValue<string>());
    }

    [Fact]
    public async Task Writes_without_a_valid_token_are_refused()
    {
        var clip = await Media.ClipAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Gateway.SendAsync(HttpMethod.Post, "/api/videos", null, Form(clip))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Gateway.SendAsync(HttpMethod.Post, "/api/videos", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", Form(clip))).StatusCode);
    }

    private async Task<HttpContent> ContentAsync(string kind) => kind switch
    {
        "empty-file" => Form([]),
        "text-renamed-mp4" => Form("just text, named like a video"u8.ToArray()),
        "html-polyglot" => Form([.. Encoding.ASCII.GetBytes("<html><script>alert(1)</script>"), .. await Media.ClipAsync()]),
        "jpeg-image" => Form(await Media.FfmpegAsync("-f lavfi -i testsrc2=size=320x240 -frames:v 1", "jpg")),
        "png-with-forged-video-content-type" => Form(await Media.FfmpegAsync("-f lavfi -i testsrc2=size=320x240 -frames:v 1", "png")),
        "gif-renamed-mp4" => Form(await Media.FfmpegAsync("-f lavfi -i testsrc2=size=160x120:rate=5 -t 1", "gif")),
        "zip-archive" => Form([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, .. new byte[200]]),
        "no-file-part" => new MultipartFormDataContent { { new StringContent("no file"), "caption" } },
        "two-files" => Form(await Media.ClipAsync(), extraFile: true),
        "file-under-another-name" => new MultipartFormDataContent { { new StringContent("x"), "caption" }, { new ByteArrayContent(await Media.ClipAsync()), "video", "clip.mp4" } },
        "json-body" => new StringContent("""{"caption":"json is not an upload"}""", Encoding.UTF8, "application/json"),
        "missing-caption" => Form(await Media.ClipAsync(), caption: null),
        "caption-too-long" => Form(await Media.ClipAsync(), caption: new string('a', 2201)),
        "caption-of-2201-emoji" => Form(await Media.ClipAsync(), caption: string.Concat(Enumerable.Repeat("😀", 2201))),
        "caption-with-control-characters" => Form(await Media.ClipAsync(), caption: "a\0b\a"),
        "duet-of-missing-video" => Form(await Media.ClipAsync(), fields: [("duetOf", "no-such-video")]),
        "stitch-that-is-forbidden" => Form(await Media.ClipAsync(), fields: [("stitchOf", await ReadyVideoAsync(("allowStitch", "false"))), ("stitchEndMs", "500")]),
        "stitch-longer-than-5s" => Form(await Media.ClipAsync(), fields: [("stitchOf", await ReadyVideoAsync(("seconds", "7"))), ("stitchStartMs", "0"), ("stitchEndMs", "6000")]),
        "duet-and-stitch-together" => Form(await Media.ClipAsync(), fields: [("duetOf", "a"), ("stitchOf", "b")]),
        "unknown-sound" => Form(await Media.ClipAsync(), fields: [("soundId", "no-such-sound")]),
        "sound-mode-without-sound" => Form(await Media.ClipAsync(), fields: [("soundMode", "mix")]),
        "unknown-template" => Form(await Media.ClipAsync(), fields: [("templateId", "no-such-template")]),
        "template-parameter-out-of-range" => Form(await Media.ClipAsync(), fields: [("templateId", "slow-motion"), ("templateParams", """{"factor": 7}""")]),
        "template-parameters-not-json" => Form(await Media.ClipAsync(), fields: [("templateId", "slow-motion"), ("templateParams", "factor=0.5")]),
        "template-parameter-null" => Form(await Media.ClipAsync(), fields: [("templateId", "slow-motion"), ("templateParams", """{"factor": null}""")]),
        "allow-duet-not-a-boolean" => Form(await Media.ClipAsync(), fields: [("allowDuet", "maybe")]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static MultipartFormDataContent Form(byte[] file, string? caption = "bad input", bool extraFile = false, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (caption is not null) form.Add(new StringContent(caption), "caption");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", "clip.mp4");
        if (extraFile) form.Add(new ByteArrayContent(file), "file", "again.mp4");
        return form;
    }

    /// <summary>A ready video by another creator, to duet or stitch.</summary>
    private async Task<string> ReadyVideoAsync(params (string Name, string Value)[] options)
    {
        var token = (await Api.RegisterAsync(Gateway, "original")).Token;
        var seconds = options.Where(o => o.Name == "seconds").Select(o => double.Parse(o.Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(1).First();
        var form = Form(await Media.ClipAsync(seconds: seconds), "original", fields: options.Where(o => o.Name != "seconds").ToArray());
        var accepted = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", token, form);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", TimeSpan.FromMinutes(2), "the original being ready");
        return id;
    }

    private HashSet<string> MediaFiles()
    {
        var originals = Path.Combine(system.DataRoot, "media", "originals");
        return Directory.Exists(originals) ? Directory.EnumerateFiles(originals).ToHashSet() : [];
    }
}
