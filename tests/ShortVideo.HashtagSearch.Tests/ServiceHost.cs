using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// The hashtag-search service wired exactly as Program wires it (LiteDB store with inbox, Lucene
/// index, MassTransit with the service's consumers), on MassTransit's in-memory transport, with its
/// HTTP endpoints on a test server. Tests publish real events on its bus and read over HTTP.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(WebApplication app, string folder)
    {
        _app = app;
        Folder = folder;
        Http = app.GetTestClient();
    }

    public string Folder { get; }

    public HttpClient Http { get; }

    public IBus Bus => _app.Services.GetRequiredService<IBus>();

    public IServiceProvider Services => _app.Services;

    public LuceneVideoIndex Index => (LuceneVideoIndex)_app.Services.GetRequiredService<IVideoIndex>();

    public static async Task<ServiceHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("shortvideo-hashtag-service-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShortVideo:DataRoot"] = folder,
            ["Auth:SigningKey"] = "a test signing key that is long enough for HMAC-SHA256",
        });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.AddHashtagSearch();
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapHashtagSearch();
        await app.StartAsync();
        return new ServiceHost(app, folder);
    }

    /// <summary>A token for a user, signed with the service's key, as social-graph would issue it.</summary>
    public string TokenFor(string userId) => _app.Services.GetRequiredService<TokenIssuer>().Issue(userId, "u" + userId[..6], "User");

    /// <summary>Publishes with a fresh message id each time, so the inbox lets every copy through: what is tested is the consumer's own idempotency.</summary>
    public Task PublishAsync<T>(T message) where T : class => Bus.Publish(message);

    public async Task<JsonNode> GetAsync(string url, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<JsonNode> PostAsync(string url)
    {
        var response = await Http.PostAsJsonAsync(url, new { });
        Assert.True(response.IsSuccessStatusCode, $"POST {url} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Waits until the condition holds: consumers run asynchronously on the bus.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} never happened");
            await Task.Delay(50);
        }
    }

    /// <summary>Reads until the condition holds: consumers run asynchronously on the bus.</summary>
    public async Task<JsonNode> EventuallyAsync(string url, Func<JsonNode, bool> condition, string? token = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var node = await GetAsync(url, token);
            if (condition(node)) return node;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"GET {url} never met the condition; last: {node.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
