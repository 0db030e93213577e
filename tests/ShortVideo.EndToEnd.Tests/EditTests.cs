using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Sounds reused, duets, stitches and templates, through the gateway, checked on the encoded output with ffprobe.</summary>
[Collection(SystemCollection.Name)]
public sealed partial class EditTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_video_posted_with_an_uploaded_sound_plays_that_sound_and_the_sound_lists_it()
    {
        var creator = await Api.RegisterAsync(Gateway, "dj");
        var song = await Media.FfmpegAsync("-f lavfi -i sine=frequency=1000:sample_rate=44100 -t 4", "mp3");
        var soundResponse = await Gateway.SendAsync(HttpMethod.Post, "/api/sounds", creator.Token,
            new MultipartFormDataContent { { new StringContent("Thousand hertz"), "title" }, { new ByteArrayContent(song), "file", "song.mp3" } });
        Assert.Equal(HttpStatusCode.Created, soundResponse.StatusCode);
        var soundId = (await JsonNode.ParseAsync(await soundResponse.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();

        var dancer = await Api.RegisterAsync(Gateway, "dancer");
        var video = await PostReadyAsync(dancer.Token, await Media.ClipAsync(360, 640, 2), ("soundId", soundId));

        Assert.Equal(soundId, video["sound"]!["id"]!.GetValue<string>());
        var audio = await DownloadAsync($"/media/videos/{video["id"]!.GetValue<string>()}/audio.m4a");
        double thousand, clipTone;
        try
        {
            thousand = MeanVolume(audio, "bandpass=f=1000:width_type=q:w=10,bandpass=f=1000:width_type=q:w=10");
            clipTone = MeanVolume(audio, "bandpass=f=440:width_type=q:w=10,bandpass=f=440:width_type=q:w=10");
        }
        finally
        {
            File.Delete(audio);
        }
        Assert.True(thousand - clipTone > 20, $"the sound (1000 Hz) at {thousand} dB should drown the clip's 440 Hz ({clipTone} dB): it replaced it");
        var uses = await Gateway.GetJsonAsync($"/api/sounds/{soundId}/videos");
        Assert.Contains(video["id"]!.GetValue<string>(), Api.Ids(uses));
        Assert.Equal(1, (await Gateway.GetJsonAsync($"/api/sounds/{soundId}"))["videoCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_plain_video_s_audio_becomes_its_original_sound()
    {
        var creator = await Api.RegisterAsync(Gateway, "voice");
        var video = await PostReadyAsync(creator.Token, await Media.ClipAsync(360, 640, 1));

        var soundId = video["sound"]!["id"]!.GetValue<string>();
        var sound = await Gateway.GetJsonAsync($"/api/sounds/{soundId}");
        Assert.Equal($"original sound - @{creator.Handle}", sound["title"]!.GetValue<string>());
        Assert.Equal(video["id"]!.GetValue<string>(), sound["sourceVideoId"]!.GetValue<string>());

        // Another video made with it keeps it alive when the video it came from is deleted.
        var reuse = await PostReadyAsync((await Api.RegisterAsync(Gateway, "reuser")).Token, await Media.ClipAsync(360, 640, 1), ("soundId", soundId));
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{Id(video)}", creator.Token)).StatusCode);
        Assert.Equal([Id(reuse)], Api.Ids(await Gateway.GetJsonAsync($"/api/sounds/{soundId}/videos")));
        Assert.Equal(HttpStatusCode.OK, (await Gateway.GetAsync(sound["audioUrl"]!.GetValue<string>())).StatusCode);
    }

    [Fact]
    public async Task A_duet_is_one_vertical_frame_as_long_as_the_new_clip_and_keeps_playing_when_the_original_is_deleted()
    {
        var lead = await Api.RegisterAsync(Gateway, "lead");
        var original = await PostReadyAsync(lead.Token, await Media.ClipAsync(360, 640, 3));
        var duet = await PostReadyAsync((await Api.RegisterAsync(Gateway, "duo")).Token, await Media.ClipAsync(360, 640, 2), ("duetOf", Id(original)));

        Assert.Equal(Id(original), duet["duetOf"]!.GetValue<string>());
        var (width, height, seconds) = Probe(await DownloadRenditionAsync(duet));
        Assert.Equal((360, 640), (width, height));
        Assert.InRange(seconds, 1.8, 2.3);

        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/videos/{Id(original)}", lead.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync(original["playlistUrl"]!.GetValue<string>())).StatusCode);
        var (stillWidth, stillHeight, _) = Probe(await DownloadRenditionAsync(duet));
        Assert.Equal((360, 640), (stillWidth, stillHeight));
    }

    [Fact]
    public async Task A_stitch_plays_the_chosen_part_of_the_original_then_the_new_clip()
    {
        var original = await PostReadyAsync((await Api.RegisterAsync(Gateway, "source")).Token, await Media.ClipAsync(360, 640, 4));
        var stitch = await PostReadyAsync((await Api.RegisterAsync(Gateway, "stitcher")).Token, await Media.ClipAsync(360, 640, 2),
            ("stitchOf", Id(original)), ("stitchStartMs", "1000"), ("stitchEndMs", "3000"));

        Assert.Equal(Id(original), stitch["stitchOf"]!.GetValue<string>());
        var (width, height, seconds) = Probe(await DownloadRenditionAsync(stitch));
        Assert.Equal((360, 640), (width, height));
        Assert.InRange(seconds, 3.7, 4.4);
        Assert.InRange(stitch["durationMs"]!.GetValue<int>(), 3700, 4400);
    }

    [Theory]
    [InlineData("caption-overlay", """{"text":"It's 100% \"fun\": yes","position":"top"}""", 2.0)]
    [InlineData("slow-motion", """{"factor":0.5}""", 4.0)]
    [InlineData("speed-ramp", """{"speed":2}""", 1.5)]
    [InlineData("mirror-split", """{"layout":"stacked"}""", 2.0)]
    [InlineData("beat-cut", """{"bpm":120}""", 2.0)]
    public async Task Each_template_produces_a_video_ffprobe_accepts(string template, string parameters, double expectedSeconds)
    {
        var creator = await Api.RegisterAsync(Gateway, "tmpl");
        (string, string)[] fields = [("templateId", template), ("templateParams", parameters)];
        if (template == "beat-cut") fields = [.. fields, ("soundId", await SoundAsync(creator.Token))];

        var video = await PostReadyAsync(creator.Token, await Media.ClipAsync(360, 640, 2), fields);

        var (width, height, seconds) = Probe(await DownloadRenditionAsync(video));
        Assert.Equal((360, 640), (width, height));
        Assert.InRange(seconds, expectedSeconds - 0.3, expectedSeconds + 0.3);
    }

    private static string Id(JsonNode video) => video["id"]!.GetValue<string>();

    private async Task<string> SoundAsync(string token)
    {
        var song = await Media.FfmpegAsync("-f lavfi -i sine=frequency=660:sample_rate=44100 -t 3", "mp3");
        var response = await Gateway.SendAsync(HttpMethod.Post, "/api/sounds", token,
            new MultipartFormDataContent { { new StringContent("Beat"), "title" }, { new ByteArrayContent(song), "file", "beat.mp3" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> PostReadyAsync(string token, byte[] clip, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new StringContent("edit"), "caption" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(clip) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } }, "file", "clip.mp4");
        var accepted = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", token, form);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(3), "the edit being encoded");
        Assert.True(video["status"]!.GetValue<string>() == "ready", video.ToJsonString());
        return video;
    }

    /// <summary>The top rendition, joined from its segments into one file ffprobe reads.</summary>
    private async Task<string> DownloadRenditionAsync(JsonNode video)
    {
        var playlistUrl = video["renditions"]![0]!["playlistUrl"]!.GetValue<string>();
        var playlist = await Gateway.GetStringAsync(playlistUrl);
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-rendition-{Guid.NewGuid():N}.ts");
        await using (var file = File.Create(path))
        {
            foreach (var segment in playlist.Split('\n').Select(l => l.Trim()).Where(l => l.EndsWith(".ts", StringComparison.Ordinal)))
            {
                await file.WriteAsync(await Gateway.GetByteArrayAsync(new Uri(new Uri(Gateway.BaseAddress!, playlistUrl), segment)));
            }
        }
        return path;
    }

    private async Task<string> DownloadAsync(string url)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-download-{Guid.NewGuid():N}{Path.GetExtension(url)}");
        await File.WriteAllBytesAsync(path, await Gateway.GetByteArrayAsync(url));
        return path;
    }

    private static (int Width, int Height, double Seconds) Probe(string path)
    {
        try
        {
            var (code, output) = Run("ffprobe", $"-v error -select_streams v:0 -show_entries stream=width,height -show_entries format=duration -of csv=p=0:nk=1 \"{path}\"");
            Assert.True(code == 0, output);
            var values = output.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // A transport stream lists its streams under the program too; the format's duration comes last.
            return (int.Parse(values[0], CultureInfo.InvariantCulture), int.Parse(values[1], CultureInfo.InvariantCulture), double.Parse(values[^1], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double MeanVolume(string path, string filter)
    {
        var (code, output) = Run("ffmpeg", $"-hide_banner -nostats -i \"{path}\" -af {filter},volumedetect -f null -");
        Assert.True(code == 0, output);
        return double.Parse(MeanVolumeLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static (int Code, string Output) Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [GeneratedRegex(@"mean_volume: (-?[\d.]+) dB")]
    private static partial Regex MeanVolumeLine();
}
