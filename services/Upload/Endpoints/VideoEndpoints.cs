using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

public static class VideoEndpoints
{
    public static IEndpointRouteBuilder MapVideoEndpoints(this IEndpointRouteBuilder app)
    {
        var videos = app.MapGroup("/api/videos");
        videos.MapPost("/", PostVideo.HandleAsync).RequireAuthorization().DisableAntiforgery();
        videos.MapGet("/{id}", GetVideo);
        app.MapGet("/api/users/{handle}/videos", GetUserVideos);
        return app;
    }

    private static Results<Ok<VideoDetail>, ProblemHttpResult> GetVideo(string id, IVideoStore store) =>
        store.Find(id) is { } video ? TypedResults.Ok(VideoDetail.From(video)) : Problems.NotFound($"Video '{id}'");

    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> GetUserVideos(
        string handle, IVideoStore store, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var page = store.ReadyByCreator(handle.ToLowerInvariant(), after, size + 1);
        var items = page.Take(size).Select(VideoDetail.CardOf).ToList();
        var next = page.Count > size ? Paging.Encode(page[size - 1].CreatedAt, page[size - 1].Id) : null;
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }
}
