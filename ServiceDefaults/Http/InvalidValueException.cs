using Microsoft.AspNetCore.Http;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// A query value that binds but breaks the contract's rule (a <c>limit</c> of 0), found by a helper deep in a handler: thrown, it
/// takes the same path as a value the framework could not bind, and <see cref="BadRequests.Describe"/> answers 400 "Validation
/// failed" naming <see cref="Field"/> and <see cref="Rule"/>. Thrown before the handler changes anything.
/// </summary>
public sealed class InvalidValueException(string field, string rule) : BadHttpRequestException(rule, StatusCodes.Status400BadRequest)
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;
}
