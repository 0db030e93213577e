using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.RateLimiting;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/register", Register);
        auth.MapPost("/login", Login);
        return app;
    }

    private static Results<Created<AuthResponse>, ProblemHttpResult> Register(
        RegisterRequest request, IAccountStore store, IPasswordHasher<UserRecord> hasher, TokenIssuer tokens, TimeProvider clock)
    {
        if (Problems.Invalid(
                ("handle", AccountRules.HandleProblem(request.Handle)),
                ("password", AccountRules.PasswordProblem(request.Password)),
                ("displayName", AccountRules.DisplayNameProblem(request.DisplayName))) is { } invalid)
        {
            return invalid;
        }

        var handle = AccountRules.Normalise(request.Handle!);
        var now = clock.GetUtcNow();
        var user = new UserRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Handle = handle,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? handle : request.DisplayName.Trim(),
            CreatedAt = now.UtcDateTime,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        if (!store.Register(user, new UserRegistered(user.Id, user.Handle, user.DisplayName, now)))
        {
            return Problems.Field(StatusCodes.Status409Conflict, "handle", $"The handle '{handle}' is taken.", "Conflict");
        }
        return TypedResults.Created($"/api/users/{handle}", new AuthResponse(user.Id, handle, tokens.Issue(user.Id, handle, user.DisplayName)));
    }

    private static Results<Ok<AuthResponse>, ProblemHttpResult> Login(
        LoginRequest request, IAccountStore store, IPasswordHasher<UserRecord> hasher, TokenIssuer tokens, SignInAttempts attempts,
        SocialGraphMetrics metrics, HttpResponse response)
    {
        var handle = AccountRules.Normalise(request.Handle ?? "");
        // Only what could be a handle gets a window: anything longer or of other characters is no account, and would only fill memory.
        if (!AccountRules.CouldBeHandle(handle))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The handle and password do not match.");
        }
        // The attempt is counted before the password is checked, so guesses sent at once cannot all pass a check made before any failed.
        if (attempts.Attempt(handle) is { } wait)
        {
            metrics.RateLimited("sign-ins");
            return RateLimits.TooMany(response, wait, seconds => $"Too many sign-in attempts for this handle; try again in {seconds} s.");
        }
        var user = request.Handle is null ? null : store.FindByHandle(handle);
        var verdict = user is null || request.Password is null
            ? PasswordVerificationResult.Failed
            : hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The handle and password do not match.");
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = hasher.HashPassword(user!, request.Password!);
            store.Update(user!.Id, u => u.PasswordHash = rehashed, _ => null);
        }
        return TypedResults.Ok(new AuthResponse(user!.Id, user.Handle, tokens.Issue(user.Id, user.Handle, user.DisplayName)));
    }
}

public sealed record RegisterRequest(string? Handle, string? Password, string? DisplayName);

public sealed record LoginRequest(string? Handle, string? Password);

public sealed record AuthResponse(string UserId, string Handle, string Token);
