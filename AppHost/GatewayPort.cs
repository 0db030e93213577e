using Microsoft.Extensions.Configuration;

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
}
