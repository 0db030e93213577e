using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Tests.Domain;

internal static class Videos
{
    private static int _next;

    public static FeedVideo Make(string creator, params string[] tags) => new()
    {
        Id = $"v{Interlocked.Increment(ref _next)}",
        CreatorId = creator,
        CreatorHandle = creator,
        Hashtags = tags.ToList(),
        SoundId = $"sound-{creator}",
        DurationMs = 15_000,
        CreatedAt = DateTime.UtcNow.AddMinutes(-_next),
    };
}
