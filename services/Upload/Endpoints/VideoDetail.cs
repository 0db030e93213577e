using ShortVideo.ServiceDefaults.Http;
using ShortVideo.Upload.Storage;

namespace ShortVideo.Upload.Endpoints;

/// <summary>The video detail of API.md: the card plus processing status and renditions.</summary>
public sealed record VideoDetail(
    string Id,
    CardCreator Creator,
    string Caption,
    IReadOnlyList<string> Hashtags,
    CardSound? Sound,
    int DurationMs,
    int Width,
    int Height,
    string? PlaylistUrl,
    string? PosterUrl,
    CardStats Stats,
    DateTimeOffset CreatedAt,
    string Status,
    string? FailureReason,
    IReadOnlyList<RenditionView> Renditions)
{
    public static VideoDetail From(VideoRecord v)
    {
        var ready = v.Status == VideoStatus.Ready;
        return new VideoDetail(
            v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags, null,
            v.DurationMs, v.Width, v.Height,
            ready ? VideoCard.PlaylistUrlOf(v.Id) : null, ready ? VideoCard.PosterUrlOf(v.Id) : null,
            new CardStats(v.Views, v.Likes, v.Comments, v.Shares),
            v.CreatedAt.ToUniversalTime(), v.Status, v.FailureReason,
            v.Renditions.Select(r => new RenditionView(r.Width, r.Height, r.Bandwidth, "/media/" + r.PlaylistPath)).ToList());
    }

    public static VideoCard CardOf(VideoRecord v) => new(
        v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags, null,
        v.DurationMs, v.Width, v.Height, VideoCard.PlaylistUrlOf(v.Id), VideoCard.PosterUrlOf(v.Id),
        new CardStats(v.Views, v.Likes, v.Comments, v.Shares), v.CreatedAt.ToUniversalTime());
}

public sealed record RenditionView(int Width, int Height, long Bandwidth, string PlaylistUrl);
