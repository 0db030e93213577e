using ShortVideo.Testing;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Tests;

/// <summary>
/// The recommendation service itself (its Program, endpoints, consumers, inbox and stores) on a
/// private RabbitMQ node with its own data root. Tests publish real events on the broker and read
/// the feeds over HTTP with real tokens.
/// </summary>
public sealed class RecommenderHost : IAsyncLifetime
{
    private readonly BrokerFixture _broker = new();
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("shortvideo-rec-").FullName;
    private WebApplicationFactory<Program> _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public IBus Bus => _factory.Services.GetRequiredService<IBus>();

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ShortVideo:DataRoot", _dataRoot);
            web.UseSetting("ConnectionStrings:messaging", _broker.ConnectionString);
            web.UseSetting("Auth:SigningKey", "recommendation-tests-signing-key-0123456789abcdef");
            web.ConfigureTestServices(services => services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true));
        });
        Client = _factory.CreateClient();
        await Client.GetAsync("/health");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _broker.DisposeAsync();
        try { Directory.Delete(_dataRoot, recursive: true); }
        catch (IOException) { /* LiteDB may still be closing */ }
    }

    public string TokenFor(string userId) => _factory.Services.GetRequiredService<TokenIssuer>().Issue(userId, $"h{userId[..8]}", "Test user");

    public async Task<Page<VideoCard>> GetPageAsync(string url, string? userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (userId is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userId));
        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Page<VideoCard>>())!;
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string? userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (userId is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userId));
        return await Client.SendAsync(request);
    }
}

[CollectionDefinition(Name)]
public sealed class RecommenderCollection : ICollectionFixture<RecommenderHost>
{
    public const string Name = "recommender";
}
