using ShortVideo.HashtagSearch.Domain;

namespace ShortVideo.HashtagSearch.Tests;

public class TrendScoreTests
{
    private const long Now = 1_000_000;

    [Fact]
    public void A_key_doing_its_usual_numbers_scores_about_zero()
    {
        // Ten a slot for two weeks, window included.
        var steady = Enumerable.Range(0, 2016).Select(age => Slot(age, 10));

        var (recent, score) = TrendScore.Of(steady, Now, TrendWindow.Hour);

        Assert.Equal(60, recent);
        Assert.Equal(0, score, 6);
    }

    [Fact]
    public void A_new_key_with_a_burst_outscores_a_far_larger_steady_one()
    {
        var large = Enumerable.Range(0, 2016).Select(age => Slot(age, 100));
        var burst = new[] { Slot(0, 50), Slot(1, 30) };

        Assert.True(TrendScore.Of(burst, Now, TrendWindow.Hour).Score > TrendScore.Of(large, Now, TrendWindow.Hour).Score);
        Assert.True(TrendScore.Of(burst, Now, TrendWindow.Day).Score > TrendScore.Of(large, Now, TrendWindow.Day).Score);
    }

    [Fact]
    public void Growth_over_the_baseline_counts_and_decline_scores_below_zero()
    {
        var baseline = Enumerable.Range(6, 1008).Select(age => Slot(age, 1));
        var doubled = baseline.Concat(Enumerable.Range(0, 6).Select(age => Slot(age, 2)));
        var quiet = baseline.Concat([Slot(0, 1)]);

        Assert.True(TrendScore.Of(doubled, Now, TrendWindow.Hour).Score > 0);
        Assert.True(TrendScore.Of(quiet, Now, TrendWindow.Hour).Score < 0);
    }

    [Fact]
    public void Slots_outside_the_window_and_its_baseline_and_from_the_future_are_ignored()
    {
        var slots = new[] { Slot(-3, 500), Slot(6 + 1008, 500), Slot(2, 7) };

        Assert.Equal((7, 7), TrendScore.Of(slots, Now, TrendWindow.Hour));
    }

    [Theory]
    [InlineData(null, "24h")]
    [InlineData("1h", "1h")]
    [InlineData("7d", "7d")]
    public void Windows_parse_with_a_day_by_default(string? raw, string name) => Assert.Equal(name, TrendWindow.Parse(raw)!.Name);

    private static KeyValuePair<long, double> Slot(int age, double weight) => new(Now - age, weight);
}
