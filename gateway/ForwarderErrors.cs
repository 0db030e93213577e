using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Forwarder;

namespace ShortVideo.Gateway;

/// <summary>
/// The proxy's failures as problem details. A service that is down or unreachable answers 503
/// at once: its connection is refused, or the active health checks (every second; three failed
/// probes in a row, configuration) have already taken it out (and the clusters use only healthy destinations, never YARP's default
/// "panic" fallback to unhealthy ones, which would send requests to hang on a dead service); a slow one 504; a body larger than its route allows is refused with 413 before a byte is forwarded when
/// its length is declared, and as soon as it passes the limit when it is not.
/// </summary>
public static class ForwarderErrors
{
    /// <summary>The route's body limit when the request declares a longer body; YARP itself applies the limit only at the end of the proxy pipeline.</summary>
    public static long? DeclaredBodyTooLarge(HttpContext context)
    {
        var limit = context.GetReverseProxyFeature().Route.Config.MaxRequestBodySize switch
        {
            null => context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize,
            -1 => null,
            var routeLimit => routeLimit,
        };
        return limit is { } max && context.Request.ContentLength > max ? max : null;
    }

    /// <summary>After forwarding: nothing to do when it succeeded (no asynchronous step then), else the failure as problem details.</summary>
    public static Task AnswerFailureAsync(HttpContext context) =>
        context.GetForwarderErrorFeature() is not { } failure || context.Response.HasStarted ? Task.CompletedTask : AnswerAsync(context, failure);

    private static async Task AnswerAsync(HttpContext context, IForwarderErrorFeature failure)
    {
        GatewayMetrics.ForwardFailures.Add(1, new KeyValuePair<string, object?>("error", failure.Error.ToString()));

        var (status, detail) = failure.Error switch
        {
            _ when IsTooLarge(failure.Exception) => (StatusCodes.Status413PayloadTooLarge, ""),
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, "No healthy instance of the service is available."),
            ForwarderError.Request or ForwarderError.ResponseHeaders when context.RequestAborted.IsCancellationRequested is false && IsTimeout(failure.Exception)
                => (StatusCodes.Status504GatewayTimeout, "The service did not answer in time."),
            ForwarderError.Request or ForwarderError.ResponseHeaders => (StatusCodes.Status503ServiceUnavailable, "The service is unavailable."),
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "The service did not answer in time."),
            ForwarderError.RequestCanceled when context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true
                => (StatusCodes.Status504GatewayTimeout, "The service did not answer in time."),
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled => (StatusCodes.Status400BadRequest, "The request body could not be read."),
            _ => (StatusCodes.Status502BadGateway, "The service answered in a way the gateway could not pass on."),
        };
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(context, context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
            return;
        }
        context.Response.Clear();
        await Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
    }

    public static Task TooLargeAsync(HttpContext context, long max)
    {
        context.Response.Clear();
        return Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            detail: $"The body is larger than this route accepts ({max} bytes).",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["body"] = [$"at most {max} bytes"] } })
            .ExecuteAsync(context);
    }

    private static bool IsTooLarge(Exception? exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || exception?.InnerException is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    private static bool IsTimeout(Exception? exception) => exception is TaskCanceledException or TimeoutException || exception?.InnerException is TimeoutException;
}
