using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Consumers;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>Fresh videos for one test, each with its own id.</summary>
public static class Cards
{
    private static readonly DateTimeOffset Epoch = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static VideoPublished Published(
        string caption, string[] hashtags, int minutesAfter = 0, string handle = "maker",
        string? creatorId = null, SoundInfo? sound = null, DateTimeOffset? at = null, string displayName = "The Maker")
    {
        var created = at ?? Epoch.AddMinutes(minutesAfter);
        return new VideoPublished(
            Guid.NewGuid().ToString("N"),
            new CreatorInfo(creatorId ?? Guid.NewGuid().ToString("N"), handle, displayName),
            caption,
            hashtags,
            15_000,
            720,
            1280,
            "/media/videos/x/master.m3u8",
            "/media/videos/x/poster.jpg",
            created,
            created.AddMinutes(1) > DateTimeOffset.UtcNow ? created : created.AddMinutes(1))
        { Sound = sound };
    }

    public static VideoCard Card(string caption, string[] hashtags, int minutesAfter = 0, string handle = "maker", string? creatorId = null, SoundInfo? sound = null, string displayName = "The Maker") =>
        VideoPublishedConsumer.CardOf(Published(caption, hashtags, minutesAfter, handle, creatorId, sound, displayName: displayName));

    /// <summary>A unique tag (letters only, so analyzers keep it whole) for tests that share an index or a trending board.</summary>
    public static string UniqueTag(string prefix) => prefix + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).ToArray());
}
