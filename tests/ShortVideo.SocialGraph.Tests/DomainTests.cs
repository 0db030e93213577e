using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Tests;

public sealed class DomainTests
{
    [Fact]
    public void Sort_keys_order_an_owners_items_newest_first_and_keep_owners_apart()
    {
        var old = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var keys = new[]
        {
            SortKey.Of("ab", old, "x"),
            SortKey.Of("ab", old.AddSeconds(1), "y"),
            SortKey.Of("a", old, "z"),
            SortKey.Of("abc", old.AddDays(1), "w"),
        };

        var ordered = keys.OrderBy(k => k, ByteOrder.Instance).ToList();

        Assert.Equal([keys[2], keys[1], keys[0], keys[3]], ordered);
        Assert.True(ByteOrder.Instance.Compare(SortKey.Start("ab"u8, null), keys[1]) < 0);
        Assert.True(ByteOrder.Instance.Compare(keys[0], SortKey.End("ab"u8)) < 0);
        Assert.True(ByteOrder.Instance.Compare(SortKey.End("ab"u8), keys[3]) < 0);
        Assert.Equal(old.AddSeconds(1), SortKey.TimeOf(keys[1], 2));
    }

    [Fact]
    public void A_cursor_start_lies_just_past_its_item()
    {
        var at = DateTime.UtcNow;
        var key = SortKey.Of(7, at, 9);
        var next = SortKey.Of(7, at, 10);

        var start = SortKey.Start(SortKey.Int(7), (at, SortKey.Int(9)));

        Assert.True(ByteOrder.Instance.Compare(key, start) < 0);
        Assert.True(ByteOrder.Instance.Compare(start, next) < 0);
    }

    [Theory]
    [InlineData("https://www.youtube.com/@ana", "https://www.youtube.com/@ana")]
    [InlineData("m.youtube.com/channel/UCabcdefghijklmnopqrstuv", "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv")]
    [InlineData("http://youtube.com/c/AnaDances/?si=1#x", "https://www.youtube.com/c/AnaDances")]
    [InlineData("https://www.youtube.com/watch?v=1", null)]
    [InlineData("https://youtube.com:8443/@ana", null)]
    [InlineData("https://user@youtube.com/@ana", null)]
    [InlineData("ftp://youtube.com/@ana", null)]
    public void YouTube_links_are_channels_in_one_form(string input, string? expected) => Assert.Equal(expected, ProfileLinks.YouTube(input));

    [Theory]
    [InlineData("instagram.com/ana.d", "https://www.instagram.com/ana.d")]
    [InlineData("https://www.instagram.com/ana/", "https://www.instagram.com/ana")]
    [InlineData("https://www.instagram.com/p/abc", null)]
    [InlineData("https://notinstagram.com/ana", null)]
    public void Instagram_links_are_profiles_in_one_form(string input, string? expected) => Assert.Equal(expected, ProfileLinks.Instagram(input));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "webp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, null)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    public void Images_are_told_by_their_bytes(byte[] head, string? format) => Assert.Equal(format, ImageSniffer.Detect(head));

    [Fact]
    public void Suggestions_rank_mutuals_before_interests_before_follow_backs()
    {
        var scores = new SuggestionScores();
        scores.AddFollowsYou(1);
        scores.AddInterest(2);
        scores.AddInterest(2);
        scores.AddMutual(3);
        scores.AddInterest(4);
        scores.AddFollowsYou(4);

        Assert.Equal([3, 2, 4, 1], scores.Ranked().Select(s => s.UserSeq));
    }

    [Theory]
    [InlineData("line one\nline two", null)]
    [InlineData("<script>alert(1)</script>", null)]
    [InlineData("nul\0", "control")]
    [InlineData("👍👍👍👍👍", null)]
    [InlineData("👍👍👍👍👍👍", "at most 5 characters")]
    public void Comments_are_plain_text_with_line_breaks(string text, string? problem)
    {
        // Counted as a person counts them: each emoji is one character (two UTF-16 units).
        var found = EngagementRules.CommentProblem(text, text.Contains("👍", StringComparison.Ordinal) ? 5 : 500);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
