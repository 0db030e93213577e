namespace ShortVideo.ServiceDefaults.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The HMAC key shared by the issuer (social-graph) and every validator; at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "shortvideo";

    public string Audience { get; set; } = "shortvideo";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(7);
}
