using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// A signed-out reader's visitor id: a random string the client makes once and sends in
/// <c>X-Visitor-Id</c>, so their For You feed can adapt without an account. It is a bearer secret
/// that only names a recommendation profile: it grants nothing else, and signed-in requests ignore it.
/// </summary>
public static partial class VisitorIds
{
    public const string Header = "X-Visitor-Id";
    public const string Rule = "X-Visitor-Id is 16-64 characters of A-Z, a-z, 0-9, '_' and '-'.";

    /// <summary>
    /// The visitor id of a signed-out request (null when signed in or when none was sent); false
    /// when a signed-out request sent a malformed one (answer <see cref="Problem"/>).
    /// </summary>
    public static bool TryRead(HttpRequest request, string? userId, out string? visitorId)
    {
        visitorId = null;
        if (userId is not null || !request.Headers.TryGetValue(Header, out var values)) return true;
        if (values.Count != 1 || values[0] is not { } value || !Pattern().IsMatch(value)) return false;
        visitorId = value;
        return true;
    }

    public static ProblemHttpResult Problem() => Problems.Invalid(Header, Rule);

    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}\\z")]
    private static partial Regex Pattern();
}
