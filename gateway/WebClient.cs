using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ShortVideo.Gateway;

/// <summary>
/// Serves the web client built into wwwroot (see WebClient.targets): content-hashed assets cached
/// for a year, index.html never cached, and index.html for every client route so deep links and
/// reloads work. Paths owned by the APIs, media, health and API docs never fall back to it.
/// </summary>
public static class WebClient
{
    private static readonly string[] ServerPrefixes = ["/api", "/media", "/health", "/alive", "/openapi", "/scalar"];
    private const string Immutable = "public, max-age=31536000, immutable";

    public static WebApplication MapWebClient(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            app.Logger.LogWarning("No web client at {Root}: build the gateway with node installed to produce it", root);
        }
        Directory.CreateDirectory(root);
        var files = new PhysicalFileProvider(root);

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? Immutable : "no-cache",
        });

        app.MapFallback("{*path:nonfile}", (HttpContext context) => ServeIndex(context, files))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous();
        return app;
    }

    private static IResult ServeIndex(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path;
        if (ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Nothing is served at {path}.");
        }
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The web client is not built",
                detail: "Build the gateway with node and npm installed (scripts/install-deps.sh).");
        }
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.File(index.CreateReadStream(), "text/html; charset=utf-8", lastModified: index.LastModified,
            entityTag: new EntityTagHeaderValue($"\"{index.LastModified.ToUnixTimeSeconds():x}-{index.Length:x}\""));
    }
}
