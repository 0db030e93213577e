using Yarp.ReverseProxy.Forwarder;

namespace ShortVideo.Gateway;

/// <summary>A service that does not take the connection within <see cref="ConnectTimeout"/> is treated as down (503), not waited for.</summary>
public sealed class ForwarderClient : ForwarderHttpClientFactory
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1.5);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
    }
}
