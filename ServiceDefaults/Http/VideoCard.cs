using System.Text.Json.Serialization;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>The video card of API.md, served by upload, hashtag-search and recommendation alike.</summary>
public sealed record VideoCard(
    string Id,
    CardCreator Creator,
    string Caption,
    IReadOnlyList<string> Hashtags,
    CardSound? Sound,
    int DurationMs,
    int Width,
    int Height,
    string PlaylistUrl,
    string PosterUrl,
    CardStats Stats,
    DateTimeOffset CreatedAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DuetOf { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StitchOf { get; init; }

    /// <summary>"Why this video": set on feed items only.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FeedReason? Reason { get; init; }

    public static string PlaylistUrlOf(string videoId) => $"/media/videos/{videoId}/master.m3u8";

    public static string PosterUrlOf(string videoId) => $"/media/videos/{videoId}/poster.jpg";
}

public sealed record CardCreator(string Id, string Handle, string DisplayName);

public sealed record CardSound(string Id, string Title);

public sealed record CardStats(long Views, long Likes, long Comments, long Shares);

/// <summary>The candidate source that put a video in a feed, and what matched.</summary>
public sealed record FeedReason(string Source, string Detail);
