using System.Diagnostics;
using Yarp.ReverseProxy.Transforms;

namespace ShortVideo.Gateway;

/// <summary>
/// The gateway adds one span to a trace, its server span, and the service it forwards to continues the trace under that
/// span, as a proxy's single span per hop usually does. HttpClient would otherwise open a client span of its own for
/// every forward, which doubled the gateway's spans and took about a tenth of a small request's throughput
/// (docs/benchmarks.md, "Session 8"); <c>Gateway:ClientSpans</c> brings it back. <see cref="ForwarderClient"/> turns HttpClient's propagation off; this transform
/// writes the server span's context in its place, replacing whatever trace headers the caller sent (their context is
/// already the server span's parent).
/// </summary>
public static class TraceContext
{
    public static ValueTask PropagateAsync(RequestTransformContext context)
    {
        if (Activity.Current is { } span)
        {
            var propagator = DistributedContextPropagator.Current;
            var headers = context.ProxyRequest.Headers;
            foreach (var field in propagator.Fields) headers.Remove(field);
            propagator.Inject(span, headers, static (carrier, name, value) =>
                ((System.Net.Http.Headers.HttpRequestHeaders)carrier!).TryAddWithoutValidation(name, value));
        }
        return ValueTask.CompletedTask;
    }
}
