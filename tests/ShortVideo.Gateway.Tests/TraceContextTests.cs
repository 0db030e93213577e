using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace ShortVideo.Gateway.Tests;

/// <summary>
/// The gateway in process (its Program and configuration) in front of a real service on a real socket, which records the trace
/// headers it is sent. The gateway's server span must be the parent the service sees: one span per hop, and the trace still joined up.
/// </summary>
public sealed class TraceContextTests : IAsyncLifetime
{
    private const string ServerSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ActivityListener _listener;
    private WebApplication _service = null!;
    private WebApplicationFactory<Program> _gateway = null!;

    public TraceContextTests()
    {
        _listener = new ActivityListener
        {
            // What the gateway's telemetry listens to (ServiceDefaults): ASP.NET Core and HttpClient, plus activities made without a
            // source (HttpClient's own when nothing listens to it). YARP's own source is left out, as in the gateway.
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "System.Net.Http" or "",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task InitializeAsync()
    {
        var service = WebApplication.CreateSlimBuilder();
        service.WebHost.UseUrls("http://127.0.0.1:0");
        _service = service.Build();
        _service.MapGet("/alive", () => "ok");
        _service.MapGet("/api/feed/foryou", (HttpRequest request) =>
        {
            _received.Enqueue(string.Join(" | ", request.Headers.TraceParent.ToArray()));
            return Results.Json(new { items = Array.Empty<object>() });
        });
        await _service.StartAsync();
        var address = _service.Urls.Single();

        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("Auth:SigningKey", "gateway-tests-signing-key-0123456789abcdef");
            web.UseSetting("ReverseProxy:Clusters:recommendation:Destinations:d1:Address", address);
        });
    }

    [Fact]
    public async Task The_service_continues_the_trace_under_the_gateways_server_span_and_no_client_span_is_made()
    {
        var trace = ActivityTraceId.CreateRandom();
        var caller = ActivitySpanId.CreateRandom();
        using var client = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feed/foryou");
        request.Headers.Add("traceparent", $"00-{trace}-{caller}-01");

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"the gateway answered {(int)response.StatusCode}");
        var gatewaySpan = Assert.Single(_stopped, a => a.OperationName == ServerSpan && a.ParentSpanId == caller);
        Assert.Equal(trace, gatewaySpan.TraceId);
        // Exactly one traceparent reached the service, naming the gateway's span (not the caller's, not a client span's).
        Assert.Equal($"00-{trace}-{gatewaySpan.SpanId}-01", Assert.Single(_received));
        Assert.DoesNotContain(_stopped, a => a.OperationName == "System.Net.Http.HttpRequestOut");
    }

    [Fact]
    public async Task A_request_without_trace_headers_starts_a_trace_at_the_gateway_that_the_service_joins()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync("/api/feed/foryou");

        Assert.True(response.IsSuccessStatusCode, $"the gateway answered {(int)response.StatusCode}");
        var forwarded = Assert.Single(_received);
        var gatewaySpan = Assert.Single(_stopped, a => a.OperationName == ServerSpan && forwarded == $"00-{a.TraceId}-{a.SpanId}-01");
        Assert.Equal(default, gatewaySpan.ParentSpanId);
    }

    [Fact]
    public async Task With_client_spans_on_the_service_continues_under_a_client_span_of_the_gateways_server_span()
    {
        await using var gateway = _gateway.WithWebHostBuilder(web => web.UseSetting("Gateway:ClientSpans", "true"));
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/feed/foryou");

        Assert.True(response.IsSuccessStatusCode, $"the gateway answered {(int)response.StatusCode}");
        var forwarded = Assert.Single(_received);
        var clientSpan = Assert.Single(_stopped, a => a.Kind == ActivityKind.Client && forwarded == $"00-{a.TraceId}-{a.SpanId}-01");
        Assert.Contains(_stopped, a => a.OperationName == ServerSpan && a.SpanId == clientSpan.ParentSpanId);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _service.DisposeAsync();
        _listener.Dispose();
    }
}
