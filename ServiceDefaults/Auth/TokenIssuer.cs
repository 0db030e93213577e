using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ShortVideo.ServiceDefaults.Auth;

/// <summary>Issues the signed JWT that every service validates with the same key.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> auth, IOptions<DataRootOptions> data, TimeProvider clock)
{
    private readonly SigningCredentials _credentials =
        new(SigningKey.Resolve(auth.Value, data.Value), SecurityAlgorithms.HmacSha256);

    public string Issue(string userId, string handle, string displayName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Value.Issuer,
            Audience = auth.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + auth.Value.TokenLifetime,
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(ShortVideoClaims.UserId, userId),
                new Claim(ShortVideoClaims.Handle, handle),
                new Claim(ShortVideoClaims.DisplayName, displayName),
            ]),
        });
    }
}
