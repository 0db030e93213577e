using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

public static class VideoEndpoints
{
    public static IEndpointRouteBuilder MapVideoEndpoints(this IEndpointRouteBuilder app)
    {
        var videos = app.MapGroup("/api/videos");
        videos.MapPost("/", PostVideo.HandleAsync).RequireAuthorization().DisableAntiforgery();
        videos.MapGet("/{id}", GetVideo);
        videos.MapDelete("/{id}", DeleteVideo).RequireAuthorization();
        app.MapGet("/api/users/{handle}/videos", GetUserVideos);
        return app;
    }

    /// <summary>Each side of a block sees the other's videos as if they did not exist, as it sees their profile.</summary>
    private static Results<Ok<VideoDetail>, ProblemHttpResult> GetVideo(string id, ClaimsPrincipal principal, IVideoStore store, IBlockList blocks) =>
        store.Find(id) is { } video && !blocks.Between(ShortVideoClaims.UserIdOf(principal), video.CreatorId)
            ? TypedResults.Ok(VideoDetail.From(video))
            : Problems.NotFound($"Video '{id}'");

    /// <summary>
    /// Only the owner deletes. Media goes once the record and its VideoDeleted are committed, and so does the video's original
    /// sound unless another video uses it (then it stays, as "original sound - @handle", for the videos made with it).
    /// </summary>
    private static Results<NoContent, ProblemHttpResult> DeleteVideo(string id, ClaimsPrincipal principal, IVideoStore store, ISoundStore sounds, IMediaStore media)
    {
        if (store.Find(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        if (video.CreatorId != ShortVideoClaims.UserIdOf(principal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only the video's creator can delete it.");
        }
        store.Delete(id, new VideoDeleted(id, video.CreatorId, DateTimeOffset.UtcNow));
        media.Delete(video.OriginalPath);
        media.Delete($"videos/{id}");
        // A video still being made with the sound counts: its encode needs the audio.
        if (sounds.FromVideo(id) is { } sound && !sounds.InUse(sound.Id))
        {
            sounds.Delete(sound.Id);
            media.Delete(sound.AudioPath);
        }
        return TypedResults.NoContent();
    }

    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> GetUserVideos(
        string handle, ClaimsPrincipal principal, IVideoStore store, IBlockList blocks, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var page = store.ReadyByCreator(handle.ToLowerInvariant(), after, size + 1);
        // One creator's videos: across a block, an empty page, as for a handle with no videos.
        if (page.Count > 0 && blocks.Between(ShortVideoClaims.UserIdOf(principal), page[0].CreatorId)) return TypedResults.Ok(new Page<VideoCard>([], null));
        var items = page.Take(size).Select(VideoDetail.CardOf).ToList();
        var next = page.Count > size ? Paging.Encode(page[size - 1].CreatedAt, page[size - 1].Id) : null;
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }
}
