using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.ServiceDefaults;

/// <summary>What every ShortVideo process gets: telemetry, health, discovery, resilience, problem details.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = BadRequests.Describe);
        builder.Services.ConfigureHttpJsonOptions(json => UtcTimestamps.Add(json.SerializerOptions));
        builder.Services.AddReadableBadRequests();
        builder.Services.AddSingleton<IMemoryPoolFactory<byte>, LargeBlockMemoryPool.Factory>();
        // Each service describes its own endpoints; the gateway gathers the documents into one API reference.
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = $"ShortVideo {builder.Environment.ApplicationName.Replace("ShortVideo.", "", StringComparison.Ordinal)}";
            // Clients reach every service through the gateway's origin, never at the address the service sees.
            document.Servers = [];
            return Task.CompletedTask;
        }));
        builder.Services.Configure<DataRootOptions>(builder.Configuration.GetSection(DataRootOptions.Section));
        return builder;
    }

    /// <summary>Maps <c>/health</c> (every check: ready) and <c>/alive</c> (the live checks only).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
        return app;
    }
}
