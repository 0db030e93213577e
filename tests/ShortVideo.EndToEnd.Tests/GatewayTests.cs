using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>The gateway as the one front door: auth, body limits, rate limits, a down service, media ranges, headers, the API reference.</summary>
[Collection(SystemCollection.Name)]
public sealed class GatewayTests(SystemFixture system, ITestOutputHelper output)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task A_write_without_a_token_is_401_before_it_reaches_a_service()
    {
        using var form = new MultipartFormDataContent { { new StringContent("no token"), "caption" } };
        var response = await Gateway.PostAsync(new Uri("/api/videos", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var follow = await Gateway.SendAsync(HttpMethod.Put, "/api/users/someone/follow", token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, follow.StatusCode);
    }

    [Fact]
    public async Task A_body_over_its_routes_limit_is_413_whether_its_length_is_declared_or_not()
    {
        // Just over the 1 MiB default.
        var big = new string('x', (1 << 20) + 4096);
        var declared = await SendRefusedAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/auth/register")
        {
            Content = new StringContent($$"""{"handle":"toolarge","password":"{{big}}"}""", Encoding.UTF8, "application/json"),
        });
        await AssertProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge);

        var chunked = await SendRefusedAsync(() =>
        {
            var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = content };
            request.Headers.TransferEncodingChunked = true;
            return request;
        });
        await AssertProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge);

        // The same size is fine where the route allows it: a video post is refused for its content, not its size.
        var user = await Api.RegisterAsync(Gateway, "bodylimit");
        var upload = await Api.UploadAsync(Gateway, user.Token, Encoding.UTF8.GetBytes(big), "big.mp4", "not a video");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, upload.StatusCode);
    }

    /// <summary>
    /// Sends a body the gateway refuses for its size. The gateway answers 413 and closes the connection
    /// while the client may still be sending: the client then sees a broken pipe, or the kernel's reset
    /// (the close found body bytes unread) overtakes the answer. HTTP/1.1 allows an early answer, not a
    /// guaranteed one, so that is retried; any answer that arrives must be the 413.
    /// </summary>
    private async Task<HttpResponseMessage> SendRefusedAsync(Func<HttpRequestMessage> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            try
            {
                return await Gateway.SendAsync(message);
            }
            catch (HttpRequestException reset) when (attempt < 5)
            {
                output.WriteLine($"attempt {attempt}: the connection closed before the answer arrived ({reset.InnerException?.Message ?? reset.Message})");
            }
        }
    }

    [Fact]
    public async Task A_burst_of_writes_over_the_limit_gets_429_with_Retry_After()
    {
        var user = await Api.RegisterAsync(Gateway, "burst");
        var responses = await Task.WhenAll(Enumerable.Range(0, 160).Select(_ =>
            Gateway.SendAsync(HttpMethod.Post, $"/api/videos/{Guid.NewGuid():N}/shares", user.Token, JsonContent.Create(new { channel = "copy" }))));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        output.WriteLine($"{refused.Count} of {responses.Length} refused");
        Assert.NotEmpty(refused);
        Assert.True(responses.Length - refused.Count >= 50, "the burst allowance lets the first writes through");
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After in seconds"));
        await AssertProblemAsync(refused[0], HttpStatusCode.TooManyRequests);

        // Reads have a bucket of their own: the same user can still read.
        var read = await Gateway.SendAsync(HttpMethod.Get, "/api/feed/foryou?limit=1", user.Token);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, read.StatusCode);

        // Another user is not held back by the first one's burst.
        var other = await Api.RegisterAsync(Gateway, "calm");
        var calm = await Gateway.SendAsync(HttpMethod.Post, $"/api/videos/{Guid.NewGuid():N}/shares", other.Token, JsonContent.Create(new { channel = "copy" }));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, calm.StatusCode);
    }

    [Fact]
    public async Task A_stopped_service_answers_503_within_2_s_and_comes_back_when_started()
    {
        // The service's process dies (as in a crash); the gateway must not hang on it.
        var running = await system.App.ResourceNotifications.WaitForResourceAsync("recommendation",
            e => e.Snapshot.State?.Text == KnownResourceStates.Running).WaitAsync(TimeSpan.FromMinutes(1));
        var pid = Convert.ToInt32(running.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value, System.Globalization.CultureInfo.InvariantCulture);
        Process.GetProcessById(pid).Kill(entireProcessTree: true);
        try
        {
            await system.App.ResourceNotifications.WaitForResourceAsync("recommendation",
                e => e.Snapshot.State?.Text is "Exited" or "Finished").WaitAsync(TimeSpan.FromMinutes(1));
            // The gateway probes each service every second and takes a dead one out of rotation;
            // from then on every request is answered at once instead of waiting on the dead service.
            await Api.EventuallyAsync(() => Gateway.GetAsync(new Uri("/api/feed/foryou", UriKind.Relative)),
                r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30), "the gateway noticing the service is down");
            using var twoSeconds = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var clock = Stopwatch.StartNew();
            var response = await Gateway.GetAsync(new Uri("/api/feed/foryou", UriKind.Relative), twoSeconds.Token);
            output.WriteLine($"answered {(int)response.StatusCode} in {clock.ElapsedMilliseconds} ms");
            await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);

            // The rest of the system carries on.
            Assert.Equal(HttpStatusCode.OK, (await Gateway.GetAsync(new Uri("/api/templates", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await system.App.ResourceCommands.ExecuteCommandAsync("recommendation", KnownResourceCommands.StartCommand);
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync("recommendation").WaitAsync(TimeSpan.FromMinutes(2));
        }
        await Api.EventuallyAsync(() => Gateway.GetAsync(new Uri("/api/feed/foryou", UriKind.Relative)),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the feed answering again");
    }

    [Fact]
    public async Task Media_range_requests_work_through_the_gateway_with_long_cache_headers()
    {
        var creator = await Api.RegisterAsync(Gateway, "ranges");
        var accepted = await Api.UploadAsync(Gateway, creator.Token, await Api.GenerateClipAsync(360, 640, 2), "r.mp4", "ranges #gateway");
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(3), "transcoding");
        var poster = video["posterUrl"]!.GetValue<string>();

        var whole = await Gateway.GetByteArrayAsync(new Uri(poster, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, poster);
        request.Headers.Range = new RangeHeaderValue(10, 109);
        var part = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 10-109/{whole.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[10..110], await part.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", part.Headers.CacheControl?.ToString() ?? "");
        Assert.NotNull(part.Headers.ETag);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_api_answers_are_not_cached()
    {
        var api = await Gateway.GetAsync(new Uri("/api/templates", UriKind.Relative));
        var csp = string.Join(";", api.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", api.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(api.Headers.CacheControl?.NoStore, "API answers are never cached");

        var missing = await Gateway.GetAsync(new Uri("/api/videos/nothing-here", UriKind.Relative));
        Assert.Equal("nosniff", missing.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_api_reference_covers_every_service()
    {
        var page = await Gateway.GetAsync(new Uri("/scalar", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        var expected = new Dictionary<string, string>
        {
            ["upload"] = "/api/videos",
            ["social-graph"] = "/api/auth/register",
            ["hashtag-search"] = "/api/search",
            ["recommendation"] = "/api/feed/foryou",
        };
        foreach (var (service, path) in expected)
        {
            var document = await Gateway.GetJsonAsync($"/openapi/{service}.json");
            Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
            Assert.True(document["paths"]!.AsObject().ContainsKey(path), $"{service}'s document lists {path}");
            Assert.Null(document["servers"]?.AsArray().FirstOrDefault());
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, JsonNode.Parse(body)!["status"]!.GetValue<int>());
    }
}
