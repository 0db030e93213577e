using System.Net;
using System.Text.Json.Nodes;
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
        // The summary comes from /api/hashtags/%23{tag}, so that a tag named like a list route (#trending) has a page too.
        await Expect(page.Locator(".stats-line")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1 videos · \S+ views$"));

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
    public async Task A_feed_whose_cursor_is_refused_goes_on_from_a_fresh_first_page()
    {
        // Two creators: For You does not show one creator's videos back to back, so one creator's two clips fill no page of two.
        var creators = await Task.WhenAll(Api.RegisterAsync(Gateway, "crs"), Api.RegisterAsync(Gateway, "crt"));
        await Task.WhenAll(creators.Select(c => PostReadyVideoAsync(c.Token, "one of two #cursor")));
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/feed/foryou?limit=10"), p => Api.Ids(p).Count() >= 2, TimeSpan.FromSeconds(30), "a For You page of two videos or more");

        await using var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        var page = phone.Page;
        // The first page is cut to one video and ends with the cursor of a session the recommender does not have, as after a session
        // expired (6 hours idle); a cursor carried across signing in is refused the same way. Every other request reaches the system unchanged.
        var expired = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"fy1:{Guid.NewGuid():N}:2"));
        var firstPages = 0;
        var firstPageSize = 0;
        await page.RouteAsync("**/api/feed/foryou**", async route =>
        {
            if (route.Request.Url.Contains("cursor=", StringComparison.Ordinal) || Interlocked.Increment(ref firstPages) > 1)
            {
                await route.FallbackAsync();
                return;
            }
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            var items = body["items"]!.AsArray();
            firstPageSize = items.Count;
            body["items"] = new JsonArray([.. items.Take(1).Select(i => i!.DeepClone())]);
            body["nextCursor"] = expired;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
        var refused = page.WaitForResponseAsync(r => r.Url.Contains($"cursor={expired}", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Equal((int)HttpStatusCode.BadRequest, (await refused).Status);
        Assert.True(firstPageSize >= 2, $"the system's For You page had {firstPageSize} videos; the test posted two");

        // The client asks for a fresh first page and shows what it had not shown yet; the feed does not end.
        await Expect(page.Locator("article.slide").Nth(1)).ToBeAttachedAsync();
        Assert.Equal(2, Volatile.Read(ref firstPages));
        await Expect(page.GetByText("The feed could not load")).ToHaveCountAsync(0);
        var ids = await page.Locator("article.slide").EvaluateAllAsync<string[]>("slides => slides.map(s => s.dataset.videoId)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        await phone.AssertCleanAsync();
    }

    [Fact]
    public async Task A_viewer_comments_saves_and_shares_a_video_the_creator_reads_it_in_the_inbox_and_the_sound_page_lists_the_video()
    {
        var creator = await Api.RegisterAsync(Gateway, "ink");
        var viewer = await Api.RegisterAsync(Gateway, "cmt");
        var id = await PostReadyVideoAsync(creator.Token, "a clip to talk about #inbox");
        var words = $"what a view {Guid.NewGuid():N}"[..24];

        await using (var phone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output))
        {
            await phone.SignInAsAsync(viewer);
            var page = phone.Page;
            // The operating system's share sheet cannot run here: a stand-in that accepts, so the client reports the share.
            await page.AddInitScriptAsync("navigator.share = async () => {}");
            await page.GotoAsync($"/video/{id}");
            var slide = page.Locator($"article.slide[data-video-id='{id}']");
            await PlayingTimeAsync(page, id, after: 0);

            await slide.GetByRole(AriaRole.Button, new() { Name = "Comments" }).ClickAsync();
            var drawer = page.GetByRole(AriaRole.Dialog, new() { Name = "0 comments" });
            await drawer.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync(words);
            var posted = await page.RunAndWaitForResponseAsync(() => drawer.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync(),
                r => r.Url.EndsWith($"/api/videos/{id}/comments") && r.Request.Method == "POST");
            Assert.Equal((int)HttpStatusCode.Created, posted.Status);
            await Expect(drawer.GetByRole(AriaRole.Listitem).Filter(new() { HasText = words })).ToBeVisibleAsync();
            await Expect(slide.GetByRole(AriaRole.Button, new() { Name = "Comments" })).ToContainTextAsync("1");
            await page.Keyboard.PressAsync("Escape");

            var save = slide.GetByRole(AriaRole.Button, new() { Name = "Save" });
            var stored = await page.RunAndWaitForResponseAsync(() => save.ClickAsync(), r => r.Url.EndsWith($"/api/videos/{id}/save") && r.Request.Method == "PUT");
            Assert.Equal((int)HttpStatusCode.NoContent, stored.Status);
            await Expect(save).ToHaveAttributeAsync("aria-pressed", "true");

            var share = slide.GetByRole(AriaRole.Button, new() { Name = "Share" });
            var shared = await page.RunAndWaitForResponseAsync(() => share.ClickAsync(), r => r.Url.EndsWith($"/api/videos/{id}/shares") && r.Request.Method == "POST");
            Assert.True(shared.Ok, $"recording the share answered {shared.Status}");
            await Expect(share).ToContainTextAsync("1");

            // The sound on the rail is the clip's own: its page lists the video. The disc turns while the video plays, so it is
            // reached from the keyboard (a pointer click waits for it to hold still).
            await slide.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sound: ") }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sound/"));
            await Expect(page.Locator($"a.tile[href='/video/{id}']")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Use this sound" })).ToBeVisibleAsync();

            await page.GotoAsync("/saved");
            await Expect(page.Locator($"a.tile[href='/video/{id}']")).ToBeVisibleAsync();
            await phone.AssertCleanAsync();
        }

        // The creator's inbox: the comment arrives through the broker, so the API is asked until it has it, then the page shows it.
        await Api.EventuallyAsync(() => Gateway.GetJsonAsync("/api/notifications", creator.Token),
            n => n["items"]!.AsArray().Any(i => i!["kind"]!.GetValue<string>() == "comment" && i["actor"]!["handle"]!.GetValue<string>() == viewer.Handle),
            TimeSpan.FromSeconds(30), "the comment in the creator's notifications");
        await using var creatorPhone = await PhonePage.OpenAsync(chromium.Browser, Gateway.BaseAddress!, output);
        await creatorPhone.SignInAsAsync(creator);
        await creatorPhone.Page.GotoAsync("/inbox");
        await Expect(creatorPhone.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"@{viewer.Handle} commented on your video" })).ToBeVisibleAsync();
        await creatorPhone.ScreenshotAsync("inbox");
        await creatorPhone.AssertCleanAsync();
    }

    private Task<string> PostReadyVideoAsync(string token, string caption) =>
        BrowserSteps.PostReadyVideoAsync(Gateway, token, caption, Transcoded);

    private static Task<double> PlayingTimeAsync(IPage page, string id, double after) => BrowserSteps.PlayingTimeAsync(page, id, after);
}
