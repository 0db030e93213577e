using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

public static class SoundEndpoints
{
    public static IEndpointRouteBuilder MapSoundEndpoints(this IEndpointRouteBuilder app)
    {
        var sounds = app.MapGroup("/api/sounds");
        sounds.MapPost("/", PostSound.HandleAsync).RequireAuthorization().DisableAntiforgery();
        sounds.MapGet("/{id}", GetSound);
        sounds.MapGet("/{id}/videos", GetSoundVideos);
        return app;
    }

    /// <summary>Across a block a sound's owner and their videos are hidden, as everywhere else.</summary>
    private static Results<Ok<SoundView>, ProblemHttpResult> GetSound(string id, ClaimsPrincipal principal, ISoundStore sounds, IBlockList blocks) =>
        sounds.Find(id) is { } sound && !blocks.Between(ShortVideoClaims.UserIdOf(principal), sound.OwnerId)
            ? TypedResults.Ok(SoundView.Of(sound, sounds.VideoCount(id)))
            : Problems.NotFound($"Sound '{id}'");

    private static Results<Ok<Page<VideoCard>>, ProblemHttpResult> GetSoundVideos(
        string id, ClaimsPrincipal principal, ISoundStore sounds, IBlockList blocks, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        var viewer = ShortVideoClaims.UserIdOf(principal);
        if (sounds.Find(id) is not { } sound || blocks.Between(viewer, sound.OwnerId)) return Problems.NotFound($"Sound '{id}'");
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var page = sounds.Videos(id, after, size + 1);
        var next = page.Count > size ? Paging.Encode(page[size - 1].CreatedAt, page[size - 1].Id) : null;
        // The cursor follows the page as stored, so a page with a hidden video is one shorter and the next page starts where it should.
        var items = page.Take(size).Where(v => !blocks.Between(viewer, v.CreatorId)).Select(VideoDetail.CardOf).ToList();
        return TypedResults.Ok(new Page<VideoCard>(items, next));
    }
}

/// <summary>A sound as API.md shows it.</summary>
public sealed record SoundView(string Id, string Title, SoundOwner Owner, int DurationMs, string AudioUrl, long VideoCount, string? SourceVideoId)
{
    public static SoundView Of(SoundRecord s, long videoCount) =>
        new(s.Id, s.Title, new SoundOwner(s.OwnerId, s.OwnerHandle), s.DurationMs, "/media/" + s.AudioPath, videoCount, s.SourceVideoId);
}

public sealed record SoundOwner(string Id, string Handle);
