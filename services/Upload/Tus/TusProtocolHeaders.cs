using Microsoft.Net.Http.Headers;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Puts Tus-Resumable and the exposed tus headers on every answer under /api/uploads, including the
/// 401s and 500s written before or instead of an endpoint. That is why this runs first in the pipeline
/// (a startup filter) rather than as an endpoint filter.
/// </summary>
internal sealed class TusProtocolHeaders : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments(TusEndpoints.Route, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[TusHeaders.TusResumable] = TusHeaders.Version;
                    context.Response.Headers[HeaderNames.AccessControlExposeHeaders] = TusHeaders.Exposed;
                    return Task.CompletedTask;
                });
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
