namespace ShortVideo.SocialGraph;

public sealed class SocialGraphOptions
{
    public const string Section = "SocialGraph";

    public int MaxCommentLength { get; set; } = 500;

    public long MaxAvatarBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Avatars are cropped to a square of this many pixels.</summary>
    public int AvatarSize { get; set; } = 256;

    /// <summary>Sources larger than this on either side are refused before decoding (decompression bombs).</summary>
    public int MaxAvatarSourceSide { get; set; } = 8192;

    /// <summary>Per-user limits, each a fixed window.</summary>
    public RateLimit Follows { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Comments { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Likes { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Sign-in attempts one handle may have in a fixed window; past them its sign-ins wait for the next window.</summary>
    public RateLimit SignInAttempts { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Suggestions look at this many of the user's most recent follows, and as many of each of theirs: bounded work on any graph.</summary>
    public int SuggestionFanOut { get; set; } = 30;

    /// <summary>Recent likes and saves whose creators and co-likers count as shared interests.</summary>
    public int SuggestionInterestLikes { get; set; } = 10;

    public sealed class RateLimit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }
}
