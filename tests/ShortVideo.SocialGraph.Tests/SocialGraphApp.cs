using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Tests;

/// <summary>
/// The social-graph service in memory, over HTTP, with its real LiteDB file in a temporary data root.
/// MassTransit's test harness stands in for RabbitMQ (named so: the broker is the one edge not run here),
/// recording every event the outbox publishes and delivering published videos to the real consumers.
/// </summary>
public sealed class SocialGraphApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public SocialGraphApp(Dictionary<string, string?>? settings = null) => _settings = settings ?? [];

    public string DataRoot { get; } = Directory.CreateTempSubdirectory("shortvideo-social-").FullName;

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ShortVideo:DataRoot", DataRoot);
        builder.UseSetting("Auth:SigningKey", "social-graph-tests-signing-key-of-at-least-32-bytes");
        builder.UseSetting("ConnectionStrings:messaging", "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(bus => bus.AddConsumers(typeof(Program).Assembly)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataRoot)) Directory.Delete(DataRoot, recursive: true);
    }

    public async Task<TestUser> RegisterAsync(string prefix = "u")
    {
        var handle = $"{prefix}_{Guid.NewGuid():N}"[..20];
        var response = await CreateClient().PostAsJsonAsync("/api/auth/register", new { handle, password = "correct horse battery" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["token"]!.GetValue<string>());
        return new TestUser(body["userId"]!.GetValue<string>(), handle, client);
    }

    /// <summary>Publishes a video as the upload service would and waits until this service knows it.</summary>
    public async Task<string> PublishVideoAsync(TestUser creator, string? duetOf = null, string? stitchOf = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        await Services.GetRequiredService<IBus>().Publish(new VideoPublished(
            id, new CreatorInfo(creator.Id, creator.Handle, creator.Handle), "a clip #test", ["test"], 3000, 720, 1280,
            $"/media/videos/{id}/master.m3u8", $"/media/videos/{id}/poster.jpg", now, now) { DuetOf = duetOf, StitchOf = stitchOf });
        await Eventually.Async(() => Task.FromResult(Services.GetRequiredService<IEngagementStore>().FindVideo(id) is not null), "the video to be known");
        return id;
    }

    /// <summary>The events of one type that the outbox published, matching a condition.</summary>
    public IReadOnlyList<T> Published<T>(Func<T, bool> match) where T : class =>
        Harness.Published.Select<T>().Select(m => m.Context.Message).Where(match).ToList();
}

public sealed record TestUser(string Id, string Handle, HttpClient Client);
