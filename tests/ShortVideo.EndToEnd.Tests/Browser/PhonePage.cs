using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests.Browser;

/// <summary>
/// A phone-sized page on the web client served by the gateway, held to the Content-Security-Policy
/// the gateway sends: when a response lacks it, the test adds it, so a violation fails the test
/// whichever of the gateway or the client is ahead.
/// </summary>
public sealed class PhonePage : IAsyncDisposable
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
        + "connect-src 'self'; worker-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _pageErrors = [];

    private PhonePage(IBrowserContext context, IPage page, ITestOutputHelper output)
    {
        _context = context;
        Page = page;
        _output = output;
        page.PageError += (_, message) => _pageErrors.Add(message);
        page.Console += (_, message) => { if (message.Type == "error") output.WriteLine($"browser console: {message.Text}"); };
    }

    public IPage Page { get; }

    public static async Task<PhonePage> OpenAsync(IBrowser browser, Uri gateway, ITestOutputHelper output)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.AbsoluteUri.TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
        });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(RecordViolations);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document") { await route.FallbackAsync(); return; }
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers);
            if (!headers.Keys.Any(k => k.Equals("content-security-policy", StringComparison.OrdinalIgnoreCase)))
            {
                headers["content-security-policy"] = ContentSecurityPolicy;
            }
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        return new PhonePage(context, await context.NewPageAsync(), output);
    }

    /// <summary>Signs in a user made through the API the way the client keeps a session: in localStorage.</summary>
    public async Task SignInAsAsync((string UserId, string Handle, string Token) user)
    {
        var session = JsonSerializer.Serialize(new { userId = user.UserId, handle = user.Handle, token = user.Token });
        await _context.AddInitScriptAsync($"localStorage.setItem('sv.session', {JsonSerializer.Serialize(session)});");
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        _output.WriteLine($"screenshot: {path}");
        return path;
    }

    /// <summary>No script error and nothing blocked by the CSP on the current page.</summary>
    public async Task AssertCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        Assert.True(violations.Length == 0, $"Content-Security-Policy violations: {string.Join("; ", violations)}");
        Assert.True(_pageErrors.Count == 0, $"Script errors: {string.Join("; ", _pageErrors)}");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
