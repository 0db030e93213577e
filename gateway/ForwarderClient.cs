using Yarp.ReverseProxy.Forwarder;

namespace ShortVideo.Gateway;

/// <summary>
/// A service that does not take the connection within <see cref="ConnectTimeout"/> is treated as down (503), not waited for.
/// Unless <c>Gateway:ClientSpans</c> is on, forwards open no client span: the trace context the service receives is the
/// gateway's server span, written by <see cref="TraceContext"/>.
/// </summary>
public sealed class ForwarderClient(IConfiguration configuration) : ForwarderHttpClientFactory
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1.5);

    private readonly bool _clientSpans = ClientSpans(configuration);

    public static bool ClientSpans(IConfiguration configuration) => configuration.GetValue("Gateway:ClientSpans", false);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
        // Without a propagator the handler neither starts an Activity nor writes trace headers.
        if (!_clientSpans) handler.ActivityHeadersPropagator = null;
    }
}
