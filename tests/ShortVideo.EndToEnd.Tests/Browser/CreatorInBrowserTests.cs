using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ShortVideo.EndToEnd.Tests.Browser;

/// <summary>A creator in the web client (Debian's chromium at phone size) against the whole system through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class CreatorInBrowserTests(SystemFixture system, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly List<string> _files = [];
    private static readonly TimeSpan Transcoded = TimeSpan.FromMinutes(3);
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_new_user_signs_up_uploads_a_clip_watches_it_play_likes_it_links_the_profile_and_signs_in_again()
    {
        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        var page = phone.Page;
        var handle = Api.NewHandle("web");
        var tag = $"t{Guid.NewGuid():N}"[..12];

        await page.GotoAsync("/signup");
        await page.GetByLabel("Handle").FillAsync(handle);
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true })).ToHaveAttributeAsync("href", $"/@{handle}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
        var clip = await ClipFileAsync(Media.ClipAsync(360, 640, 3));
        await page.Locator("input[type=file]").SetInputFilesAsync(clip);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Caption" }).FillAsync($"my first clip #{tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        await Expect(page.Locator(".progress-box.ready")).ToBeVisibleAsync(new() { Timeout = (float)Transcoded.TotalMilliseconds });
        Assert.Equal(100, await page.Locator("progress").EvaluateAsync<int>("p => p.value"));
        await phone.ScreenshotAsync("upload-ready");
        var watch = page.GetByRole(AriaRole.Link, new() { Name = "Watch it" });
        var id = (await watch.GetAttributeAsync("href"))!.Split('/')[^1];

        await watch.ClickAsync();
        var slide = page.Locator($"article.slide[data-video-id='{id}']");
        var started = await PlayingTimeAsync(page, id, after: 0.3);
        await Task.Delay(1000);
        var later = await PlayingTimeAsync(page, id, after: started);
        output.WriteLine($"currentTime {started:0.00} s, then {later:0.00} s");
        await Expect(slide.Locator(".caption")).ToContainTextAsync($"#{tag}");
        await phone.ScreenshotAsync("feed");

        var likes = slide.Locator("[data-count=likes]");
        await Expect(likes).ToHaveTextAsync("0");
        var liked = await page.RunAndWaitForResponseAsync(
            () => slide.Locator(".tap-layer").DblClickAsync(),
            r => r.Url.EndsWith($"/api/videos/{id}/like") && r.Request.Method == "PUT");
        Assert.Equal((int)HttpStatusCode.NoContent, liked.Status);
        await Expect(likes).ToHaveTextAsync("1");
        await Expect(slide.GetByRole(AriaRole.Button, new() { Name = "Like" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["stats"]!["likes"]!.GetValue<int>() == 1, TimeSpan.FromSeconds(30), "the like counted");

        // Leaving the video reports the view with the time it was watched.
        var view = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true }).ClickAsync(),
            r => r.Url.EndsWith($"/api/videos/{id}/views") && r.Method == "POST");
        var watchedMs = JsonNode.Parse(view.PostData!)!["watchedMs"]!.GetValue<int>();
        Assert.InRange(watchedMs, 500, 60_000);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"@{handle}" })).ToBeVisibleAsync();
        await Expect(page.Locator($"a.tile[href='/video/{id}'] img")).ToBeVisibleAsync();
        await phone.ScreenshotAsync("profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit profile" }).ClickAsync();
        await page.GetByLabel("YouTube channel URL").FillAsync($"https://www.youtube.com/@{handle}");
        await page.GetByLabel("Instagram profile URL").FillAsync($"https://instagram.com/{handle}/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "YouTube" })).ToHaveAttributeAsync("href", $"https://www.youtube.com/@{handle}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Instagram" })).ToHaveAttributeAsync("href", $"https://www.instagram.com/{handle}");
        await phone.AssertCleanAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Handle").FillAsync(handle);
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true })).ToHaveAttributeAsync("href", $"/@{handle}");
    }

    [Fact]
    public async Task An_upload_interrupted_by_a_reload_resumes_where_it_stopped_and_is_published()
    {
        var creator = await Api.RegisterAsync(Gateway, "rsm");
        // Noise makes the clip incompressible, so it takes several of the client's 2 MiB chunks.
        var clip = await ClipFileAsync(Media.ClipAsync(360, 640, 3, extra: "-vf noise=alls=30:allf=t -b:v 12M"));
        Assert.True(new FileInfo(clip).Length > 4 * 1024 * 1024, "the clip must span more than two chunks");

        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        await phone.SignInAsAsync(creator);
        var page = phone.Page;
        var patches = 0;
        // The connection drops after the first chunk: every later PATCH is cut off until the page is reloaded.
        await page.RouteAsync("**/api/uploads/**", async route =>
        {
            if (route.Request.Method == "PATCH" && Interlocked.Increment(ref patches) > 1) await route.AbortAsync("connectionreset");
            else await route.FallbackAsync();
        });
        await page.GotoAsync("/upload");
        await page.Locator("input[type=file]").SetInputFilesAsync(clip);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Caption" }).FillAsync("resumed #resume");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('progress').value > 0");
        await Api.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref patches)), n => n > 1, TimeSpan.FromSeconds(30), "a second PATCH");
        var stoppedAt = await page.Locator("progress").EvaluateAsync<int>("p => p.value");
        Assert.InRange(stoppedAt, 1, 99);
        await phone.AssertCleanAsync();

        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Caption" })).ToHaveValueAsync("resumed #resume");
        await page.Locator("input[type=file]").SetInputFilesAsync(clip);
        await Expect(page.Locator(".file-info")).ToContainTextAsync("partly uploaded before");
        // The status line moves on quickly once the rest is sent: keep every text it shows.
        await page.EvaluateAsync(
            "() => { const status = document.querySelector('.upload-status'); window.statusLog = [status.textContent]; "
            + "new MutationObserver(() => window.statusLog.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true }); }");
        var resumed = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync(),
            r => r.Url.Contains("/api/uploads/") && r.Method == "PATCH");
        var offset = long.Parse((await resumed.HeaderValueAsync("upload-offset"))!);
        output.WriteLine($"stopped at {stoppedAt}%, resumed from byte {offset} of {new FileInfo(clip).Length}");
        Assert.InRange(offset, 1, new FileInfo(clip).Length - 1);
        await Expect(page.Locator(".progress-box.ready")).ToBeVisibleAsync(new() { Timeout = (float)Transcoded.TotalMilliseconds });
        var statuses = await page.EvaluateAsync<string[]>("() => window.statusLog");
        Assert.Contains(statuses, text => text.Contains("resumed at", StringComparison.Ordinal));
        await phone.AssertCleanAsync();
    }

    [Fact]
    public async Task A_creator_duets_a_video_from_its_menu_and_the_duet_plays_in_the_feed_crediting_the_original()
    {
        var original = await Api.RegisterAsync(Gateway, "org");
        var originalId = await BrowserSteps.PostReadyVideoAsync(Gateway, original.Token, "dance with me #duetme", Transcoded);
        var copier = await Api.RegisterAsync(Gateway, "dut");
        var tag = $"d{Guid.NewGuid():N}"[..12];

        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        await phone.SignInAsAsync(copier);
        var page = phone.Page;
        await page.GotoAsync($"/video/{originalId}");
        await PlayingTimeAsync(page, originalId, after: 0);
        await page.Locator($"article.slide[data-video-id='{originalId}']").GetByRole(AriaRole.Button, new() { Name = "More options" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Video options" }).GetByRole(AriaRole.Button, new() { Name = "Duet with this video" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/upload\\?duetOf={originalId}$"));
        await Expect(page.Locator(".banner")).ToContainTextAsync($"Original by @{original.Handle}");
        await page.Locator("input[type=file]").SetInputFilesAsync(await ClipFileAsync(Media.ClipAsync(360, 640, 2)));
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Caption" }).FillAsync($"side by side #{tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        await Expect(page.Locator(".progress-box.ready")).ToBeVisibleAsync(new() { Timeout = (float)Transcoded.TotalMilliseconds });
        var watch = page.GetByRole(AriaRole.Link, new() { Name = "Watch it" });
        var duetId = (await watch.GetAttributeAsync("href"))!.Split('/')[^1];
        var duet = await Gateway.GetJsonAsync($"/api/videos/{duetId}");
        Assert.Equal(originalId, duet["duetOf"]!.GetValue<string>());
        Assert.Equal("ready", duet["status"]!.GetValue<string>());

        await watch.ClickAsync();
        var slide = page.Locator($"article.slide[data-video-id='{duetId}']");
        var started = await PlayingTimeAsync(page, duetId, after: 0.2);
        output.WriteLine($"duet currentTime {started:0.00} s, then {await PlayingTimeAsync(page, duetId, after: started):0.00} s");
        await Expect(slide.Locator(".caption")).ToContainTextAsync($"#{tag}");
        var credit = slide.GetByRole(AriaRole.Link, new() { Name = $"Duet with @{original.Handle}" });
        await Expect(credit).ToHaveAttributeAsync("href", $"/video/{originalId}");
        await phone.ScreenshotAsync("duet");
        await credit.ClickAsync();
        await Expect(page.Locator($"article.slide[data-video-id='{originalId}']")).ToBeVisibleAsync();
        await phone.AssertCleanAsync();
    }

    [Fact]
    public async Task A_creator_drops_a_clip_on_the_upload_page_picks_another_video_s_sound_and_a_template_and_the_video_plays_with_that_sound()
    {
        var singer = await Api.RegisterAsync(Gateway, "sng");
        var songVideo = await BrowserSteps.PostReadyVideoAsync(Gateway, singer.Token, "my song #sound", Transcoded);
        var sound = (await Gateway.GetJsonAsync($"/api/videos/{songVideo}"))["sound"]!;
        var (soundId, soundTitle) = (sound["id"]!.GetValue<string>(), sound["title"]!.GetValue<string>());
        var creator = await Api.RegisterAsync(Gateway, "drp");

        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        await phone.SignInAsAsync(creator);
        var page = phone.Page;
        await page.GotoAsync("/upload");
        // A file dragged from the desktop: the drop event carries it in a DataTransfer, as the browser's own would.
        var clip = Convert.ToBase64String(await Media.ClipAsync(180, 320, 2));
        var dragged = await page.EvaluateHandleAsync(
            "b64 => { const t = new DataTransfer(); t.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], 'dropped.mp4', { type: 'video/mp4' })); return t }", clip);
        await page.Locator(".drop-zone").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dragged });
        await Expect(page.Locator(".file-info")).ToContainTextAsync("dropped.mp4");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a sound" }).FillAsync(soundId);
        await page.GetByRole(AriaRole.List, new() { Name = "Sounds" }).GetByRole(AriaRole.Button, new() { Name = $"♪ {soundTitle}" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Remove sound {soundTitle}" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Template" }).SelectOptionAsync("mirror-split");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Caption" }).FillAsync("a mirror to the song #mirror");
        var posted = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync(),
            r => r.Url.EndsWith("/api/videos") && r.Method == "POST");
        Assert.Contains(soundId, posted.PostData);
        Assert.Contains("mirror-split", posted.PostData);
        await Expect(page.Locator(".progress-box.ready")).ToBeVisibleAsync(new() { Timeout = (float)Transcoded.TotalMilliseconds });

        var watch = page.GetByRole(AriaRole.Link, new() { Name = "Watch it" });
        var id = (await watch.GetAttributeAsync("href"))!.Split('/')[^1];
        Assert.Equal(soundId, (await Gateway.GetJsonAsync($"/api/videos/{id}"))["sound"]!["id"]!.GetValue<string>());
        await watch.ClickAsync();
        await PlayingTimeAsync(page, id, after: 0.2);
        await Expect(page.Locator($"article.slide[data-video-id='{id}'] .sound-line")).ToContainTextAsync(soundTitle);
        await phone.AssertCleanAsync();
    }

    private static Task<double> PlayingTimeAsync(IPage page, string id, double after) => BrowserSteps.PlayingTimeAsync(page, id, after);

    private async Task<string> ClipFileAsync(Task<byte[]> clip)
    {
        var path = await BrowserSteps.WriteTempAsync(await clip);
        _files.Add(path);
        return path;
    }

    public void Dispose() => _files.ForEach(File.Delete);
}
