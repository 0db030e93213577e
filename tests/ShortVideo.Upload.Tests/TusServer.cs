using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Tus;

namespace ShortVideo.Upload.Tests;

/// <summary>
/// The upload service's tus endpoints, wired as Program.cs wires them, on real Kestrel at a free
/// loopback port with a data root of their own. Tests make their own users and uploads.
/// </summary>
public sealed class TusServer : IAsyncLifetime
{
    public const long MaxBytes = 1024 * 1024;
    private static readonly SemaphoreSlim StartGate = new(1, 1);
    private readonly TimeSpan _expiration;
    private readonly TimeSpan _sweepInterval;
    private WebApplication? _app;

    public TusServer() : this(TimeSpan.FromHours(1), TimeSpan.FromMinutes(10))
    {
    }

    internal TusServer(TimeSpan expiration, TimeSpan sweepInterval) => (_expiration, _sweepInterval) = (expiration, sweepInterval);

    public string DataRoot { get; } = Directory.CreateTempSubdirectory("shortvideo-tus-").FullName;

    public HttpClient Client { get; private set; } = null!;

    public TusUploads Uploads => _app!.Services.GetRequiredService<TusUploads>();

    public async Task InitializeAsync()
    {
        // LiteDB's shared BsonMapper publishes a type's mapping before filling it in, so hosts that open
        // their databases at the same moment can read a half-built one; they start one at a time.
        await StartGate.WaitAsync();
        try
        {
            await StartAsync();
        }
        finally
        {
            StartGate.Release();
        }
        Client = new HttpClient { BaseAddress = new Uri(_app!.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
    }

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShortVideo:DataRoot"] = DataRoot,
            ["Auth:SigningKey"] = "tus-tests-signing-key-of-at-least-32-bytes",
            ["Upload:MaxVideoBytes"] = MaxBytes.ToString(),
            ["Upload:Tus:Expiration"] = _expiration.ToString("c"),
            ["Upload:Tus:SweepInterval"] = _sweepInterval.ToString("c"),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddServiceDefaults();
        builder.AddShortVideoAuth();
        builder.AddLiteDbDocuments("upload");
        builder.AddMediaStore();
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
        builder.AddTusUploads();

        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapTusEndpoints();
        await _app.StartAsync();
    }

    public (string UserId, string Token) NewUser()
    {
        var id = Guid.NewGuid().ToString("N");
        return (id, _app!.Services.GetRequiredService<TokenIssuer>().Issue(id, "tus_" + id[..8], "Tus Tester"));
    }

    /// <summary>The part file behind an upload URL such as <c>/api/uploads/{id}</c>.</summary>
    public string PartFile(string uploadUrl) => Uploads.PartPath(IdOf(uploadUrl));

    public static string IdOf(string uploadUrl) => uploadUrl[(uploadUrl.LastIndexOf('/') + 1)..];

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(DataRoot, recursive: true); }
        catch (IOException) { /* the temp folder is swept later */ }
    }
}
