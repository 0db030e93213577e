using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>RFC 9457 answers that name the field and the rule it broke.</summary>
public static class Problems
{
    public static ProblemHttpResult Field(int status, string field, string rule, string? title = null) =>
        TypedResults.Problem(
            detail: rule,
            statusCode: status,
            title: title ?? (status == StatusCodes.Status400BadRequest ? ValidationFailed : Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)),
            extensions: new Dictionary<string, object?> { ["errors"] = Errors(field, rule) });

    /// <summary>The <c>errors</c> member every field problem carries: the field and the rules it broke.</summary>
    public static Dictionary<string, string[]> Errors(string field, string rule) => new() { [field] = [rule] };

    internal const string ValidationFailed = "Validation failed";

    public static ProblemHttpResult Invalid(string field, string rule) => Field(StatusCodes.Status400BadRequest, field, rule, ValidationFailed);

    /// <summary>Every field that broke a rule at once, so a client fixes them in one go; null when there are none.</summary>
    public static ProblemHttpResult? Invalid(params (string Field, string? Rule)[] checks)
    {
        var broken = checks.Where(c => c.Rule is not null).ToList();
        return broken.Count == 0 ? null : TypedResults.Problem(
            detail: string.Join(" ", broken.Select(c => c.Rule)),
            statusCode: StatusCodes.Status400BadRequest,
            title: ValidationFailed,
            extensions: new Dictionary<string, object?> { ["errors"] = broken.ToDictionary(c => c.Field, c => new[] { c.Rule! }) });
    }

    public static ProblemHttpResult BadCursor() => Invalid("cursor", "The cursor is not one this service issued.");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(detail: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
