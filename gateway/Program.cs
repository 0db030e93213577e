using ShortVideo.Gateway;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.Services.AddGatewayRateLimits(builder.Configuration);
builder.Services.AddGatewayCors(builder.Configuration);
builder.Services.AddRequestTimeouts();
// Small bodies everywhere unless a route allows more (uploads do, in configuration).
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 1L << 20));
builder.Services.AddSingleton<IForwarderHttpClientFactory, ForwarderClient>();
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver()
    .AddTransforms(transforms =>
    {
        if (!ForwarderClient.ClientSpans(builder.Configuration)) transforms.AddRequestTransform(TraceContext.PropagateAsync);
    });

var app = builder.Build();
app.UseSecurityHeaders();
app.MapDefaultEndpoints();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRequestTimeouts();
app.MapApiReference();
app.MapWebClient();
app.MapReverseProxy(proxy =>
{
    proxy.Use(GatewayPolicies.GuardAsync);
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.Run();

/// <summary>The gateway's entry point, visible to the in-process tests.</summary>
public partial class Program;
