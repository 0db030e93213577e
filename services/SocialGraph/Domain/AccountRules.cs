using System.Text.RegularExpressions;

namespace ShortVideo.SocialGraph.Domain;

/// <summary>The account rules of API.md. Handles are compared and stored lower-case, so they are unique ignoring case.</summary>
public static partial class AccountRules
{
    public const int MinPassword = 8;
    public const int MaxPassword = 128;
    public const int MaxDisplayName = 50;

    public static string Normalise(string handle) => handle.Trim().ToLowerInvariant();

    /// <summary>Handles that are route words: /api/users/me/... means the signed-in user, never an account named "me".</summary>
    private static readonly string[] Reserved = ["me"];

    public static string? HandleProblem(string? handle) =>
        handle is null || !HandlePattern().IsMatch(handle.Trim())
            ? "A handle is 2-24 characters of a-z, 0-9, '.' and '_', with at least one letter or digit."
            : Reserved.Contains(Normalise(handle)) ? $"The handle '{Normalise(handle)}' is reserved." : null;

    /// <summary>
    /// Whether a normalised string could be a handle, of this rule or an older one (any mix of a-z, 0-9, '.' and '_'): what a sign-in
    /// for anything else is refused without a look-up.
    /// </summary>
    public static bool CouldBeHandle(string normalised) => normalised.Length is >= 2 and <= 24 && normalised.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_');

    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinPassword || password.Length > MaxPassword
            ? $"A password is {MinPassword} to {MaxPassword} characters."
            : null;

    public static string? DisplayNameProblem(string? name) =>
        name is not null && (name.Length > MaxDisplayName || name.Any(char.IsControl))
            ? $"A display name is at most {MaxDisplayName} characters, without control characters."
            : null;

    // At least one letter or digit: a handle of dots alone ("..") is a path step, never reachable at /api/users/{handle}.
    [GeneratedRegex("^(?=.*[A-Za-z0-9])[A-Za-z0-9._]{2,24}$")]
    private static partial Regex HandlePattern();
}
