using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// A request the framework cannot bind (a body that is not JSON, a value of the wrong type, a missing body) answers 400
/// problem details that say what was wrong and where, in every environment. Left to the defaults it was a bare "Bad Request"
/// in Production and, in Development, an exception the handler turned into a 500.
/// </summary>
public static class BadRequests
{
    public static IServiceCollection AddReadableBadRequests(this IServiceCollection services)
    {
        // Throwing (rather than answering an empty 400) is what hands the reason to the exception handler and so to Describe.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            // The client's mistake, not the service's: no error log for it.
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        return services;
    }

    /// <summary>Fills in the problem for a request that could not be read; other problems pass through unchanged.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad) return;
        var json = bad.InnerException as JsonException;
        // "$.handle" names the field; "$" (or no path) is the body as a whole.
        var field = json?.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var rule = json switch
        {
            null => bad.Message,
            // The serializer's wording names the service's own types; the field and the rule are what a client can act on.
            _ when field != "body" => $"The value of \"{field}\" is not of the expected type or format.",
            _ when json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) => "The body is JSON but not an object of the expected shape.",
            _ => $"The body is not valid JSON: {json.Message.Split(" Path:", 2)[0]}",
        };
        context.ProblemDetails.Status = bad.StatusCode;
        context.ProblemDetails.Title = "The request could not be read";
        context.ProblemDetails.Detail = rule;
        context.ProblemDetails.Extensions["errors"] = Problems.Errors(field, rule);
    }
}
