using Microsoft.AspNetCore.Http.HttpResults;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Endpoints;

/// <summary>
/// Operator routes. The gateway routes only <c>/api/...</c> paths, so these are reachable on the
/// service's own port (inside the deployment), never from clients.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/index/rebuild", Rebuild);
        return app;
    }

    internal static Ok<RebuildReport> Rebuild(IndexRebuilder rebuilder, CancellationToken cancellationToken) =>
        TypedResults.Ok(rebuilder.Run(cancellationToken));
}
