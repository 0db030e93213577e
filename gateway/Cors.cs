namespace ShortVideo.Gateway;

/// <summary>
/// Cross-origin access for the origins an operator lists in <c>Gateway:Cors:Origins</c> (none by
/// default: the web client is served from the gateway's own origin and needs no CORS).
/// </summary>
public static class Cors
{
    public static IServiceCollection AddGatewayCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0) return;
            policy.WithOrigins(origins)
                .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "X-Visitor-Id", "Tus-Resumable", "Upload-Length", "Upload-Offset", "Upload-Metadata", "Upload-Checksum", "Upload-Defer-Length", "Upload-Concat")
                .WithExposedHeaders("Location", "Retry-After", "Tus-Resumable", "Upload-Offset", "Upload-Length", "Upload-Expires", "Tus-Version", "Tus-Extension", "Tus-Max-Size")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }
}
