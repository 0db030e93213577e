using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Tests.Domain;

/// <summary>The page builder over a real in-memory catalogue: sources, filters and learning from a profile.</summary>
public sealed class ForYouFeedTests
{
    private readonly RecommendationOptions _options = new();
    private readonly Catalog _catalog = new(TimeSpan.FromHours(6));
    private readonly CoEngagement _co = new();
    private readonly DateTime _now = DateTime.UtcNow;

    private ForYouFeed Feed => new(_catalog, new CandidateSources(_catalog, _co), () => RankerModel.Default, _options);

    private List<FeedVideo> Publish(int count, Func<int, FeedVideo> make) =>
        Enumerable.Range(0, count).Select(i => { var v = make(i); _catalog.Upsert(v); return v; }).ToList();

    [Fact]
    public void Seen_blocked_not_interested_and_own_videos_are_filtered_out()
    {
        var videos = Publish(40, i => Videos.Make($"c{i % 8}", "x"));
        var user = new UserProfile { UserId = "c0" };
        user.Blocked.Add("c1");
        user.BlockedBy.Add("c2");
        user.NotInterested.Add("c3");
        user.Seen[videos[4].Id] = _now.AddDays(-1);

        var page = Feed.Next(user, new HashSet<string>(), null, 100, _now).Items;

        Assert.NotEmpty(page);
        Assert.DoesNotContain(page, c => c.Video.CreatorId is "c0" or "c1" or "c2" or "c3");
        Assert.DoesNotContain(page, c => c.Video.Id == videos[4].Id);
    }

    [Fact]
    public void A_video_seen_before_the_window_may_return()
    {
        var videos = Publish(4, i => Videos.Make($"c{i}", "x"));
        var user = new UserProfile { UserId = "u" };
        user.Seen[videos[0].Id] = _now - _options.SeenWindow - TimeSpan.FromHours(1);

        Assert.Contains(Feed.Next(user, new HashSet<string>(), null, 10, _now).Items, c => c.Video.Id == videos[0].Id);
    }

    [Fact]
    public void Interests_learned_from_views_bring_their_hashtag_with_a_reason_naming_it()
    {
        var videos = Publish(60, i => Videos.Make($"c{i % 12}", i % 3 == 0 ? "cats" : i % 3 == 1 ? "cars" : "food"));
        var user = new UserProfile { UserId = "u" };
        foreach (var v in videos.Where(v => v.Hashtags[0] == "cats").Take(3)) ProfileLearning.Viewed(user, v.Id, v, 1.0, _now, _options.InterestHalfLife);
        foreach (var v in videos.Where(v => v.Hashtags[0] == "cars").Take(3)) ProfileLearning.Viewed(user, v.Id, v, 0.05, _now, _options.InterestHalfLife);

        var page = Feed.Next(user, new HashSet<string>(), null, 10, _now).Items;

        Assert.True(page.Count(c => c.Video.Hashtags[0] == "cats") > page.Count(c => c.Video.Hashtags[0] == "cars"));
        Assert.Contains(page, c => c.Source == Sources.Hashtag && c.Detail == "You watch #cats");
    }

    [Fact]
    public void Co_engagement_offers_what_others_who_finished_the_same_video_finished()
    {
        var videos = Publish(30, i => Videos.Make($"c{i}", $"t{i}"));
        foreach (var other in new[] { "a", "b", "c" })
        {
            _co.Positive(other, videos[0].Id);
            _co.Positive(other, videos[1].Id);
        }
        var user = new UserProfile { UserId = "u" };
        ProfileLearning.Viewed(user, videos[0].Id, videos[0], 1.0, _now, _options.InterestHalfLife);

        var page = Feed.Next(user, new HashSet<string>(), null, 30, _now).Items;

        var item = Assert.Single(page, c => c.Video.Id == videos[1].Id);
        Assert.Equal(Sources.CoEngagement, item.Source);
    }

    [Fact]
    public void Videos_served_earlier_in_the_session_are_not_served_again()
    {
        Publish(20, i => Videos.Make($"c{i % 5}", "x"));
        var served = new HashSet<string>();
        var all = new List<string>();
        for (var n = 0; n < 4; n++)
        {
            var page = Feed.Next(null, served, null, 5, _now).Items.Select(c => c.Video.Id).ToList();
            served.UnionWith(page);
            all.AddRange(page);
        }
        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Distinct().Count());
    }
}
