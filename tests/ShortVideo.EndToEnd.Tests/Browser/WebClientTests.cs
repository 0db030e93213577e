using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ShortVideo.EndToEnd.Tests.Browser;

/// <summary>The web client in Debian's chromium at phone size, against the whole system through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class WebClientTests(SystemFixture system, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>, IDisposable
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
    public async Task A_viewer_follows_the_creator_from_the_feed_opens_the_hashtag_page_and_finds_the_video_despite_a_typo()
    {
        var creator = await Api.RegisterAsync(Gateway, "crt");
        var viewer = await Api.RegisterAsync(Gateway, "vwr");
        var tag = $"t{Guid.NewGuid():N}"[..12];
        var word = "zeb" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray()).PadRight(6, 'q');
        var posting = PostReadyVideoAsync(creator.Token, $"{word} at the beach #{tag}");
        var other = await PostReadyVideoAsync(creator.Token, "another one");
        var id = await posting;
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/hashtags/{tag}/videos"), p => Api.Ids(p).Contains(id), TimeSpan.FromSeconds(30), "the hashtag page listing the video");

        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        await phone.SignInAsAsync(viewer);
        var page = phone.Page;
        await page.GotoAsync($"/video/{id}");
        var slide = page.Locator($"article.slide[data-video-id='{id}']");
        await PlayingTimeAsync(page, id, after: 0.2);
        Assert.True(await slide.Locator("video").EvaluateAsync<bool>("v => v.muted"), "autoplay starts muted");
        await slide.Locator(".tap-layer").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mute", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.False(await slide.Locator("video").EvaluateAsync<bool>("v => v.muted"), "a tap unmutes");

        // The next video is loaded before it is reached; the arrow keys move between videos.
        var next = page.Locator("article.slide").Nth(1);
        var nextId = (await next.GetAttributeAsync("data-video-id"))!;
        await page.WaitForFunctionAsync(
            "id => document.querySelector(`article.slide[data-video-id='${id}'] video`).readyState >= 2", nextId, new() { Timeout = 30_000 });
        await page.Keyboard.PressAsync("ArrowDown");
        await PlayingTimeAsync(page, nextId, after: 0.2);
        Assert.True(await slide.Locator("video").EvaluateAsync<bool>("v => v.paused"), "the video scrolled away from is paused");
        await page.Keyboard.PressAsync("ArrowUp");
        await PlayingTimeAsync(page, id, after: 0);

        // The comments drawer is a modal sheet that the keyboard closes.
        await slide.GetByRole(AriaRole.Button, new() { Name = "Comments" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog, new() { Name = "0 comments" });
        await Expect(drawer.GetByRole(AriaRole.Textbox, new() { Name = "Comment" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(drawer).ToHaveCountAsync(0);
        output.WriteLine($"moved from {id} to {nextId} (the creator's other video is {other}) and back");

        var follow = slide.GetByRole(AriaRole.Button, new() { Name = $"Follow @{creator.Handle}" });
        var followed = await page.RunAndWaitForResponseAsync(() => follow.ClickAsync(),
            r => r.Url.EndsWith($"/api/users/{creator.Handle}/follow") && r.Request.Method == "PUT");
        Assert.Equal((int)HttpStatusCode.NoContent, followed.Status);
        await Expect(slide.GetByRole(AriaRole.Button, new() { Name = $"Unfollow @{creator.Handle}" })).ToHaveAttributeAsync("aria-pressed", "true");
        var profile = await Gateway.GetJsonAsync($"/api/users/{creator.Handle}", viewer.Token);
        Assert.True(profile["isFollowing"]?.GetValue<bool>(), $"the API does not show the follow: {profile.ToJsonString()}");

        await slide.GetByRole(AriaRole.Link, new() { Name = $"#{tag}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/tag/{tag}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"#{tag}" })).ToBeVisibleAsync();
        await Expect(page.Locator($"a.tile[href='/video/{id}']")).ToBeVisibleAsync();

        var typo = word[..4] + (word[4] == 'x' ? 'y' : 'x') + word[5..];
        await page.GetByRole(AriaRole.Link, new() { Name = "Discover" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(typo);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"q={typo}"));
        await Expect(page.Locator($"a.tile[href='/video/{id}']")).ToBeVisibleAsync();
        output.WriteLine($"searched '{typo}' for '{word}'");

        // The same client on a desktop-sized window: the navigation moves to the side, the video stays centred.
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/");
        var first = page.Locator("article.slide").First;
        var firstId = (await first.GetAttributeAsync("data-video-id"))!;
        await PlayingTimeAsync(page, firstId, after: 0.2);
        await Expect(first.Locator(".why")).ToContainTextAsync("Why this video:");
        await phone.ScreenshotAsync("feed-desktop");

        // A duet starts from the video's menu, which also says why the video was shown.
        await first.GetByRole(AriaRole.Button, new() { Name = "More options" }).ClickAsync();
        var menu = page.GetByRole(AriaRole.Dialog, new() { Name = "Video options" });
        await Expect(menu).ToContainTextAsync("Why this video:");
        await menu.GetByRole(AriaRole.Button, new() { Name = "Duet with this video" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/upload\\?duetOf={firstId}$"));
        await Expect(page.Locator(".banner")).ToContainTextAsync("Original by @");
        await phone.AssertCleanAsync();
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
        var resumed = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync(),
            r => r.Url.Contains("/api/uploads/") && r.Method == "PATCH");
        var offset = long.Parse((await resumed.HeaderValueAsync("upload-offset"))!);
        output.WriteLine($"stopped at {stoppedAt}%, resumed from byte {offset} of {new FileInfo(clip).Length}");
        Assert.InRange(offset, 1, new FileInfo(clip).Length - 1);
        await Expect(page.Locator(".upload-status")).ToContainTextAsync("resumed at");
        await Expect(page.Locator(".progress-box.ready")).ToBeVisibleAsync(new() { Timeout = (float)Transcoded.TotalMilliseconds });
        await phone.AssertCleanAsync();
    }

    private async Task<string> PostReadyVideoAsync(string token, string caption)
    {
        var response = await Api.UploadAsync(Gateway, token, await Media.ClipAsync(180, 320, 2), "clip.mp4", caption);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", Transcoded, "the video ready");
        return id;
    }

    /// <summary>Waits until the video of the slide plays past <paramref name="after"/> seconds, and returns where it is.</summary>
    private static async Task<double> PlayingTimeAsync(IPage page, string id, double after)
    {
        var handle = await page.WaitForFunctionAsync(
            "([id, after]) => { const v = document.querySelector(`article.slide[data-video-id='${id}'] video`); return v && !v.paused && v.currentTime > after ? v.currentTime : false }",
            new object[] { id, after }, new() { Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    private async Task<string> ClipFileAsync(Task<byte[]> clip)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shortvideo-web-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(path, await clip);
        _files.Add(path);
        return path;
    }

    public void Dispose() => _files.ForEach(File.Delete);
}
