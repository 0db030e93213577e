using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Consumers;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>Fresh videos for one test, each with its own id.</summary>
public static class Cards
{
    private static readonly DateTimeOffset Epoch = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static VideoPublished Published(string caption, string[] hashtags, int minutesAfter = 0, string handle = "maker") => new(
        Guid.NewGuid().ToString("N"),
        new CreatorInfo(Guid.NewGuid().ToString("N"), handle, "The Maker"),
        caption,
        hashtags,
        15_000,
        720,
        1280,
        "/media/videos/x/master.m3u8",
        "/media/videos/x/poster.jpg",
        Epoch.AddMinutes(minutesAfter),
        Epoch.AddMinutes(minutesAfter + 1));

    public static VideoCard Card(string caption, string[] hashtags, int minutesAfter = 0, string handle = "maker") =>
        VideoPublishedConsumer.CardOf(Published(caption, hashtags, minutesAfter, handle));
}
