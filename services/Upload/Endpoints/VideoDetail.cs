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
    double? Progress,
    string? FailureReason,
    IReadOnlyList<RenditionView> Renditions,
    string? PreviewUrl,
    bool AllowDuet,
    bool AllowStitch)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? DuetOf { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? StitchOf { get; init; }

    public static VideoDetail From(VideoRecord v)
    {
        var ready = v.Status == VideoStatus.Ready;
        return new VideoDetail(
            v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags, SoundOf(v),
            v.DurationMs, v.Width, v.Height,
            ready ? VideoCard.PlaylistUrlOf(v.Id) : null, ready ? VideoCard.PosterUrlOf(v.Id) : null,
            new CardStats(v.Views, v.Likes, v.Comments, v.Shares),
            v.CreatedAt.ToUniversalTime(), v.Status, v.Status == VideoStatus.Processing ? v.Progress ?? 0 : null, v.FailureReason,
            v.Renditions.Select(r => new RenditionView(r.Width, r.Height, r.Bandwidth, "/media/" + r.PlaylistPath)).ToList(),
            ready && v.PreviewPath is not null ? "/media/" + v.PreviewPath : null, v.AllowDuet, v.AllowStitch)
        {
            DuetOf = v.DuetOf,
            StitchOf = v.StitchOf,
        };
    }

    public static VideoCard CardOf(VideoRecord v) => new(
        v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags, SoundOf(v),
        v.DurationMs, v.Width, v.Height, VideoCard.PlaylistUrlOf(v.Id), VideoCard.PosterUrlOf(v.Id),
        new CardStats(v.Views, v.Likes, v.Comments, v.Shares), v.CreatedAt.ToUniversalTime())
    {
        DuetOf = v.DuetOf,
        StitchOf = v.StitchOf,
    };

    private static CardSound? SoundOf(VideoRecord v) => v.SoundId is null ? null : new CardSound(v.SoundId, v.SoundTitle ?? "");
}

public sealed record RenditionView(int Width, int Height, long Bandwidth, string PlaylistUrl);
