using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.ServiceDefaults.Tests;

public sealed class PagingTests
{
    private sealed record Item(string Id, DateTime At);

    [Fact]
    public void Pages_after_a_cursor_never_repeat_or_skip_even_when_times_tie()
    {
        var t = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var items = Enumerable.Range(0, 25).Select(i => new Item($"v{i:00}", t.AddSeconds(-(i / 5)))).ToList();
        var seen = new List<string>();
        (DateTime, string)? cursor = null;
        do
        {
            var page = Paging.After(items, x => x.At, x => x.Id, cursor, 4);
            seen.AddRange(page.Select(x => x.Id));
            cursor = page.Count == 4 && Paging.TryDecode(Paging.Encode(page[^1].At, page[^1].Id), out var next) ? next : null;
        }
        while (cursor is not null);

        Assert.Equal(items.OrderByDescending(x => x.At).ThenByDescending(x => x.Id, StringComparer.Ordinal).Select(x => x.Id), seen);
    }

    [Fact]
    public void Local_times_from_a_store_compare_with_a_utc_cursor()
    {
        var utc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var items = new[] { new Item("a", utc.ToLocalTime()), new Item("b", utc.AddMinutes(-1).ToLocalTime()) };

        var page = Paging.After(items, x => x.At, x => x.Id, (utc, "a"), 10);

        Assert.Equal(["b"], page.Select(x => x.Id));
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("bm9jb2xvbg")]
    [InlineData("OTk5OTk5OTk5OTk5OTk5OTk5OTk5Onk")]
    public void A_cursor_this_service_did_not_issue_is_refused(string cursor) => Assert.False(Paging.TryDecode(cursor, out _));

    [Theory]
    [InlineData(null, 20)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    [InlineData(1000, 100)]
    public void A_limit_defaults_to_20_and_is_served_at_most_100(int? requested, int expected) => Assert.Equal(expected, Paging.Limit(requested));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_limit_under_1_is_refused_naming_the_field(int requested)
    {
        var refused = Assert.Throws<InvalidValueException>(() => Paging.Limit(requested));
        Assert.Equal("limit", refused.Field);
        Assert.Equal(400, refused.StatusCode);
    }
}
