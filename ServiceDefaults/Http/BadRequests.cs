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
public static partial class BadRequests
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
        if (context.Exception is InvalidValueException invalid)
        {
            context.ProblemDetails.Status = StatusCodes.Status400BadRequest;
            context.ProblemDetails.Title = Problems.ValidationFailed;
            context.ProblemDetails.Detail = invalid.Rule;
            context.ProblemDetails.Extensions["errors"] = Problems.Errors(invalid.Field, invalid.Rule);
            return;
        }
        // A JSON body sent without its content type: the framework answers 415 without a word (no type at all) or in its own (another type).
        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType
            && (context.Exception is BadHttpRequestException { Message: var message } && message.StartsWith("Expected a supported JSON media type", StringComparison.Ordinal)
                || (context.Exception is null && context.ProblemDetails.Detail is null)))
        {
            context.ProblemDetails.Detail = JsonContentTypeRequired;
            context.ProblemDetails.Extensions["errors"] = Problems.Errors("body", JsonContentTypeRequired);
            return;
        }
        if (context.Exception is not BadHttpRequestException bad) return;
        var json = bad.InnerException as JsonException;
        // A value of the wrong type, rather than JSON that does not parse (where the path is only where the reader stopped).
        var converting = json?.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) == true;
        // "$.handle" names the field; "$" (or no path) is the body as a whole.
        var jsonField = converting && json!.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var (field, rule) = json switch
        {
            null => Parameter(bad.Message) ?? (jsonField, bad.Message),
            // The serializer's wording names the service's own types; the field and the rule are what a client can act on.
            _ when jsonField != "body" => (jsonField, $"The value of \"{jsonField}\" is not of the expected type or format."),
            _ when converting => (jsonField, "The body is JSON but not an object of the expected shape."),
            _ => (jsonField, $"The body is not valid JSON: {json.Message.Split(" Path:", 2)[0]}"),
        };
        context.ProblemDetails.Status = bad.StatusCode;
        context.ProblemDetails.Title = "The request could not be read";
        context.ProblemDetails.Detail = rule;
        context.ProblemDetails.Extensions["errors"] = Problems.Errors(field, rule);
    }

    private const string JsonContentTypeRequired = "Send the body as JSON, with Content-Type: application/json.";

    /// <summary>
    /// The framework's messages for a query, route or header value it could not bind, and for a missing body, name the parameter
    /// with its C# type ("Failed to bind parameter \"Nullable&lt;int&gt; limit\" from \"abc\"."): this gives the parameter as the field and the
    /// rule in a client's words. Null for any other message.
    /// </summary>
    private static (string Field, string Rule)? Parameter(string message)
    {
        if (BindFailure().Match(message) is { Success: true } failed)
        {
            var kind = failed.Groups["type"].Value.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>') switch
            {
                "int" or "long" or "short" => "a whole number (within range)",
                "double" or "float" or "decimal" => "a number",
                "bool" => "true or false",
                "Guid" => "a GUID",
                "DateTime" or "DateTimeOffset" => "a date and time (ISO 8601)",
                _ => "a value of the expected format",
            };
            return (failed.Groups["name"].Value, $"\"{failed.Groups["value"].Value}\" is not {kind}.");
        }
        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body" ? ("body", "A JSON body is required.") : (missing.Groups["name"].Value, "A value is required.");
        }
        return message.StartsWith("Implicit body inferred for parameter", StringComparison.Ordinal) ? ("body", "A JSON body is required.") : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ "]+)" was not provided from (?<source>[a-z ]+?)( string)?\.$""")]
    private static partial System.Text.RegularExpressions.Regex MissingValue();
}
