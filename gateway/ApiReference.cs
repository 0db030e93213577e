using Scalar.AspNetCore;

namespace ShortVideo.Gateway;

/// <summary>
/// One API reference page for the whole public surface: each service publishes its OpenAPI document,
/// the gateway forwards it as <c>/openapi/{service}.json</c> (routes in configuration) and Scalar
/// shows them side by side at <c>/scalar</c>.
/// </summary>
public static class ApiReference
{
    public static readonly string[] Services = ["upload", "social-graph", "hashtag-search", "recommendation"];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/scalar", options =>
        {
            options.WithTitle("ShortVideo API");
            foreach (var service in Services) options.AddDocument(service, service, $"/openapi/{service}.json", isDefault: service == "upload");
        });
        return app;
    }
}
