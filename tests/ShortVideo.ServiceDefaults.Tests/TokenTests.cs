using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ShortVideo.ServiceDefaults.Auth;

namespace ShortVideo.ServiceDefaults.Tests;

public sealed class TokenTests
{
    private static readonly AuthOptions Auth = new() { SigningKey = new string('k', 48) };
    private static readonly DataRootOptions Data = new() { DataRoot = Path.GetTempPath() };

    [Fact]
    public async Task An_issued_token_validates_and_carries_the_user()
    {
        var token = Issuer(TimeProvider.System).Issue("u1", "alice", "Alice");

        var result = await Validate(token, Auth);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("u1", result.Claims[ShortVideoClaims.UserId]);
        Assert.Equal("alice", result.Claims[ShortVideoClaims.Handle]);
        Assert.Equal("Alice", result.Claims[ShortVideoClaims.DisplayName]);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var token = Issuer(TimeProvider.System).Issue("u1", "alice", "Alice");

        var result = await Validate(token, new AuthOptions { SigningKey = new string('x', 48) });

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var token = Issuer(TimeProvider.System).Issue("u1", "alice", "Alice");
        var parts = token.Split('.');
        var forged = new JsonWebTokenHandler().CreateToken("""{"sub":"admin","handle":"admin","iss":"shortvideo","aud":"shortvideo"}""");
        var tampered = $"{parts[0]}.{forged.Split('.')[1]}.{parts[2]}";

        Assert.False((await Validate(tampered, Auth)).IsValid);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow - TimeSpan.FromDays(30));
        var token = Issuer(clock).Issue("u1", "alice", "Alice");

        var result = await Validate(token, Auth);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public void A_short_signing_key_is_refused_at_start() =>
        Assert.Throws<InvalidOperationException>(() => SigningKey.Resolve(new AuthOptions { SigningKey = "short" }, Data));

    [Fact]
    public void Services_run_alone_share_one_generated_key()
    {
        var data = new DataRootOptions { DataRoot = Directory.CreateTempSubdirectory("shortvideo-key-").FullName };
        try
        {
            var first = SigningKey.Resolve(new AuthOptions(), data);
            var second = SigningKey.Resolve(new AuthOptions(), data);
            Assert.Equal(first.Key, second.Key);
            Assert.True(first.Key.Length >= SigningKey.MinimumBytes);
        }
        finally
        {
            Directory.Delete(data.DataRoot!, recursive: true);
        }
    }

    private static TokenIssuer Issuer(TimeProvider clock) => new(Options.Create(Auth), Options.Create(Data), clock);

    private static Task<TokenValidationResult> Validate(string token, AuthOptions auth) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            IssuerSigningKey = SigningKey.Resolve(auth, Data),
            ClockSkew = TimeSpan.Zero,
        });
}
