using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShortVideo.AppHost;

public static class GatewayPort
{
    public const int Default = 8080;

    /// <summary>Clients find the gateway at a fixed address: port 8080 unless <c>Gateway:Port</c> says otherwise.</summary>
    public static IResourceBuilder<ProjectResource> WithGatewayPort(this IResourceBuilder<ProjectResource> gateway, IConfiguration configuration)
    {
        var port = configuration.GetValue("Gateway:Port", Default);
        return gateway.WithEndpoint("http", endpoint => endpoint.Port = port);
    }

    /// <summary>
    /// The gateway's own settings given to the AppHost (<c>Gateway:RateLimits:*</c>, <c>Gateway:Cors:Origins:0</c>,
    /// <c>Gateway:MaxRequestBodyBytes</c>...) reach the gateway, so an operator configures the whole system in one place.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewaySettings(this IResourceBuilder<ProjectResource> gateway, IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.GetSection("Gateway").AsEnumerable())
        {
            if (value is null || key.Equals("Gateway:Port", StringComparison.OrdinalIgnoreCase)) continue;
            gateway.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
        return gateway;
    }

    /// <summary>Says where to point a client once the gateway, and so every service behind it, is healthy.</summary>
    public static IResourceBuilder<ProjectResource> AnnounceWhenReady(this IResourceBuilder<ProjectResource> gateway)
    {
        gateway.OnResourceReady((resource, ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ShortVideo");
            logger.LogInformation("ShortVideo is ready: gateway at {Url}", resource.GetEndpoint("http").Url);
            return Task.CompletedTask;
        });
        return gateway;
    }
}
