using System.Net;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ShortVideo.EndToEnd.Tests.Browser;

/// <summary>A viewer in the web client (Debian's chromium at phone size) against the whole system through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class ViewerInBrowserTests(SystemFixture system, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly TimeSpan Transcoded = TimeSpan.FromMinutes(3);
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_viewer_follows_the_creator_from_the_feed_opens_the_hashtag_page_and_finds_the_video_despite_a_typo()
    {
        var creator = await Api.RegisterAsync(Gateway, "crt");
        var viewer = await Api.RegisterAsync(Gateway, "vwr");
        var tag = $"t{Guid.NewGuid():N}"[..12];
        var word = "zeb" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray()).PadRight(6, 'q');
        var posting = PostReadyVideoAsync(creator.Token, $"{word} at the beach #{tag}");
        // For You never shows a video the viewer has already watched: a third creator's clip is left for the desktop feed at the end.
        var third = await Api.RegisterAsync(Gateway, "thd");
        var unseen = PostReadyVideoAsync(third.Token, "still unseen #desk");
        var other = await PostReadyVideoAsync(creator.Token, "another one");
        var id = await posting;
        await unseen;
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

    private Task<string> PostReadyVideoAsync(string token, string caption) =>
        BrowserSteps.PostReadyVideoAsync(Gateway, token, caption, Transcoded);

    private static Task<double> PlayingTimeAsync(IPage page, string id, double after) => BrowserSteps.PlayingTimeAsync(page, id, after);
}
