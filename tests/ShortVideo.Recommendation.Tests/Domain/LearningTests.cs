using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;

namespace ShortVideo.Recommendation.Tests.Domain;

public sealed class LearningTests
{
    [Fact]
    public void Logistic_regression_learns_which_feature_predicts_engagement()
    {
        var random = new Random(3);
        var samples = Enumerable.Range(0, 4000).Select(_ =>
        {
            var x = new double[Features.Count];
            x[0] = 1;
            for (var j = 1; j < x.Length; j++) x[j] = random.NextDouble();
            return (x, random.NextDouble() < 1 / (1 + Math.Exp(-(6 * x[1] - 3))));
        }).ToList();

        var model = LogisticRegression.Train(samples);

        Assert.True(model.Weights[1] > 3, $"hashtag weight {model.Weights[1]:0.00}");
        Assert.All(model.Weights.Skip(2), w => Assert.InRange(w, 0, 1.5));
        Assert.True(LogisticRegression.LogLoss(model, samples) < LogisticRegression.LogLoss(RankerModel.Prior, samples));
    }

    [Fact]
    public void Learned_weights_round_trip_through_their_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            RankerModel.Default.Save(path);
            Assert.Equal(RankerModel.Default.Weights, RankerModel.Load(path).Weights);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_skip_lowers_and_a_finish_raises_interest_and_only_finishes_seed_co_engagement()
    {
        var profile = new UserProfile { UserId = "u" };
        var (liked, skipped) = (Videos.Make("a", "cats"), Videos.Make("b", "cars"));
        var now = DateTime.UtcNow;

        ProfileLearning.Viewed(profile, liked.Id, liked, 0.95, now, TimeSpan.FromDays(14));
        ProfileLearning.Viewed(profile, skipped.Id, skipped, 0.1, now, TimeSpan.FromDays(14));

        Assert.True(profile.Tags["cats"].Weight > 0);
        Assert.True(profile.Tags["cars"].Weight < 0);
        Assert.Equal([liked.Id], profile.RecentPositives);
        Assert.True(profile.HasSeen(skipped.Id, now, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Interest_halves_every_half_life()
    {
        var interest = new Interest { Weight = 8, At = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

        Assert.Equal(2, interest.ValueAt(interest.At.AddDays(28), TimeSpan.FromDays(14)), 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bm90LWEtY3Vyc29y")]
    [InlineData("ZnkxOnNob3J0OjE")]
    public void Only_cursors_this_service_issued_decode(string cursor)
    {
        Assert.False(SessionCursor.TryDecode(cursor, out _));
    }

    [Fact]
    public void A_cursor_round_trips()
    {
        var cursor = SessionCursor.Start().NextPage.NextPage;

        Assert.True(SessionCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Fact]
    public void The_cursor_after_a_first_page_carries_it_and_names_its_viewer()
    {
        var viewer = Viewer.Visitor("visitor-1");
        var cursor = SessionCursor.Start().After(new SessionCursor.FirstPage(["v1", "v2"], "c2", SessionCursor.ViewerTag(viewer)));

        Assert.True(SessionCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal((cursor.SessionId, 1), (decoded.SessionId, decoded.Page));
        Assert.Equal(["v1", "v2"], decoded.Carried!.Ids);
        Assert.Equal("c2", decoded.Carried.LastCreator);
        Assert.Equal(SessionCursor.ViewerTag(viewer), decoded.Carried.Viewer);
        Assert.NotEqual(SessionCursor.ViewerTag(viewer), SessionCursor.ViewerTag(Viewer.Visitor("visitor-2")));
    }

    [Fact]
    public void A_first_page_has_no_cursor_and_a_carried_page_cannot_exceed_a_page()
    {
        var session = SessionCursor.Start();
        var tooMany = session.After(new SessionCursor.FirstPage([.. Enumerable.Range(0, 101).Select(i => $"v{i}")], null, "w"));

        Assert.False(SessionCursor.TryDecode(session.Encode(), out _));
        Assert.False(SessionCursor.TryDecode(tooMany.Encode(), out _));
    }
}
