using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Endpoints;

internal static class Cards
{
    public static VideoCard Of(FeedVideo v) => new(
        v.Id, new CardCreator(v.CreatorId, v.CreatorHandle, v.CreatorDisplayName), v.Caption, v.Hashtags,
        v.SoundId is null ? null : new CardSound(v.SoundId, v.SoundTitle ?? ""),
        v.DurationMs, v.Width, v.Height, v.PlaylistUrl, v.PosterUrl, new CardStats(v.Views, v.Likes, v.Comments, v.Shares),
        v.CreatedAt.ToUniversalTime())
    {
        DuetOf = v.DuetOf,
        StitchOf = v.StitchOf,
    };
}
