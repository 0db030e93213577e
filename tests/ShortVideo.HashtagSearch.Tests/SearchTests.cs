using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Storage;
using static ShortVideo.HashtagSearch.Tests.Json;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>Search over HTTP with what user events bring: profiles, names on cards, blocks.</summary>
public sealed class SearchTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private ServiceHost Service => fixture.Service;

    [Fact]
    public async Task Dnace_finds_dance_videos_and_the_dance_hashtag()
    {
        var tag = "dance" + Cards.UniqueTag("x");
        var video = Cards.Published($"new moves #{tag}", [tag]);
        await Service.PublishAsync(video);
        var typo = "dnace" + tag[5..];

        await Service.EventuallyAsync($"/api/search?q={typo}", p => Ids(p).Contains(video.VideoId));
        var hashtags = await Service.GetAsync($"/api/search?q={typo}&type=hashtags");
        Assert.Equal(tag, hashtags["items"]![0]!["tag"]!.GetValue<string>());
        Assert.Equal(1, Long(hashtags["items"]![0]!, "videoCount"));
    }

    [Fact]
    public async Task Users_are_searchable_and_cards_show_the_new_display_name()
    {
        var userId = Guid.NewGuid().ToString("N");
        var handle = Cards.UniqueTag("nadia");
        await Service.PublishAsync(new UserRegistered(userId, handle, "Nadia", DateTimeOffset.UtcNow.AddMinutes(-1)));
        var video = Cards.Published($"hello", [], handle: handle, creatorId: userId, displayName: "Nadia");
        await Service.PublishAsync(video);
        await Service.EventuallyAsync($"/api/search?q=@{handle}", p => Ids(p).Contains(video.VideoId));

        var renamed = Cards.UniqueTag("Zoubida");
        await Service.PublishAsync(new UserProfileUpdated(userId, handle, renamed, "", null, DateTimeOffset.UtcNow));
        // An older profile arriving late must not undo the change.
        await Service.PublishAsync(new UserProfileUpdated(userId, handle, "Stale name", "", null, DateTimeOffset.UtcNow.AddSeconds(-30)));

        var users = await Service.EventuallyAsync($"/api/search?type=users&q={renamed.ToLowerInvariant()}", p => Ids(p).Contains(userId));
        Assert.Equal(handle, users["items"]![0]!["handle"]!.GetValue<string>());
        var cards = await Service.EventuallyAsync($"/api/search?q=@{handle}",
            p => p["items"]![0]!["creator"]!["displayName"]!.GetValue<string>() == renamed);
        await Task.Delay(300);
        Assert.Equal(renamed, (await Service.GetAsync($"/api/search?q=@{handle}"))["items"]![0]!["creator"]!["displayName"]!.GetValue<string>());
        Assert.Equal(video.VideoId, Ids(cards).First());
    }

    [Fact]
    public async Task Blocks_hide_creators_from_each_other_in_search_and_pages_until_unblocked()
    {
        var tag = Cards.UniqueTag("blk");
        var reader = Guid.NewGuid().ToString("N");
        var blocked = Guid.NewGuid().ToString("N");
        var blocker = Guid.NewGuid().ToString("N");
        var byBlocked = Cards.Published($"#{tag}", [tag], creatorId: blocked);
        var byBlocker = Cards.Published($"#{tag}", [tag], creatorId: blocker);
        var byOther = Cards.Published($"#{tag}", [tag]);
        foreach (var video in new[] { byBlocked, byBlocker, byOther }) await Service.PublishAsync(video);
        await Service.PublishAsync(new UserRegistered(blocked, "b" + tag, "Blocked", DateTimeOffset.UtcNow));
        await Service.PublishAsync(new UserBlocked(reader, blocked, DateTimeOffset.UtcNow));
        await Service.PublishAsync(new UserBlocked(blocker, reader, DateTimeOffset.UtcNow));
        var token = Service.TokenFor(reader);
        await Service.EventuallyAsync($"/api/search?q={tag}", p => Ids(p).Count() == 3);
        var store = Service.Services.GetRequiredService<DiscoveryStore>();
        await ServiceHost.UntilAsync(() => store.HiddenFrom(reader).Count == 2, "both blocks being handled");
        await ServiceHost.UntilAsync(() => store.Database.Collection<StoredUser>(DiscoveryStore.Users).FindById(blocked) is not null, "the registration being handled");

        Assert.Equal([byOther.VideoId], Ids(await Service.GetAsync($"/api/search?q={tag}", token)));
        Assert.Equal([byOther.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos", token)));
        Assert.Equal([byOther.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos?sort=top", token)));
        Assert.Empty(Ids(await Service.GetAsync($"/api/search?type=users&q=b{tag}", token)));
        Assert.Equal(3, Ids(await Service.GetAsync($"/api/search?q={tag}")).Count());
        Assert.Single(Ids(await Service.GetAsync($"/api/search?type=users&q=b{tag}")));

        await Service.PublishAsync(new UserUnblocked(reader, blocked, DateTimeOffset.UtcNow.AddSeconds(1)));
        await Service.EventuallyAsync($"/api/search?q={tag}", p => Ids(p).Count() == 2, token);
    }

    [Fact]
    public async Task Sounds_are_searched_by_title_with_a_typo()
    {
        var word = Cards.UniqueTag("melody");
        var sound = new SoundInfo("snd-" + word, $"Midnight {word}");
        await Service.PublishAsync(Cards.Published("with sound", [], sound: sound));
        var typo = word[..^2] + word[^1] + word[^2];

        var found = await Service.EventuallyAsync($"/api/search?type=sounds&q=midnigth%20{typo}", p => Ids(p).Contains(sound.Id));
        Assert.Equal($"Midnight {word}", found["items"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Autocomplete_over_http_folds_case_width_and_accents()
    {
        var stem = Cards.UniqueTag("");
        var tags = new[] { "ダンス" + stem, "Танцы" + stem, "رقص" + stem, "Café" + stem };
        await Service.PublishAsync(Cards.Published("many", tags.Select(t => t.ToLowerInvariant()).ToArray()));

        await Service.EventuallyAsync($"/api/hashtags/suggest?prefix={Uri.EscapeDataString("ﾀﾞﾝｽ" + stem)}", l => Tags(l).Contains("ダンス" + stem));
        Assert.Contains("танцы" + stem, Tags(await Service.GetAsync($"/api/hashtags/suggest?prefix={Uri.EscapeDataString("#ТАНЦ")}&limit=100")));
        Assert.Contains("رقص" + stem, Tags(await Service.GetAsync($"/api/hashtags/suggest?prefix={Uri.EscapeDataString("رق")}&limit=100")));
        var cafe = await Service.GetAsync($"/api/hashtags/suggest?prefix=CAFE{stem}");
        Assert.Equal("café" + stem, cafe[0]!["tag"]!.GetValue<string>());
        Assert.Equal(1, Long(cafe[0]!, "videoCount"));
    }

    [Fact]
    public async Task A_rebuild_through_the_admin_route_keeps_everything_findable()
    {
        var tag = Cards.UniqueTag("rebuilt");
        var video = Cards.Published($"#{tag}", [tag]);
        await Service.PublishAsync(video);
        await Service.EventuallyAsync($"/api/hashtags/{tag}", p => Long(p, "videoCount") == 1);
        var before = Service.Index.LiveFolder;

        var report = await Service.PostAsync("/admin/index/rebuild");

        Assert.True(Long(report, "videos") >= 1);
        Assert.NotEqual(before, Service.Index.LiveFolder);
        Assert.Equal([video.VideoId], Ids(await Service.GetAsync($"/api/hashtags/{tag}/videos")));
        Assert.Equal(1, Long(await Service.GetAsync($"/api/hashtags/{tag}"), "videoCount"));
        Assert.Contains(tag, Tags(await Service.GetAsync($"/api/hashtags/suggest?prefix={tag}")));
    }
}
