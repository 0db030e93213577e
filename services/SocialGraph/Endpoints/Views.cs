using System.Text.Json.Serialization;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public sealed record UserSummary(string Id, string Handle, string DisplayName, string? AvatarUrl)
{
    public static UserSummary Of(UserRecord user) => new(user.Id, user.Handle, user.DisplayName, user.AvatarUrl);
}

public sealed record SuggestedUser(string Id, string Handle, string DisplayName, string? AvatarUrl, int MutualCount, int SharedInterests, bool FollowsYou);

public sealed record ProfileLinksView([property: JsonPropertyName("youtube")] string? YouTube, string? Instagram);

public sealed record ProfileStatsView(long Followers, long Following, long Videos, long Likes);

public sealed record Profile(
    string Id, string Handle, string DisplayName, string Bio, string? AvatarUrl, ProfileLinksView Links, ProfileStatsView Stats)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsFollowing { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? FollowsYou { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBlocked { get; init; }

    // LiteDB stores an empty string as null, so a bio never set reads back null from disk but "" from a record still in memory.
    public static Profile Of(UserRecord user) => new(
        user.Id, user.Handle, user.DisplayName, user.Bio ?? "", user.AvatarUrl,
        new ProfileLinksView(user.YouTube, user.Instagram),
        new ProfileStatsView(user.Followers, user.Following, user.Videos, user.Likes));
}

public sealed record CommentView(
    string Id, UserSummary Author, string Text, string? ParentId, DateTime CreatedAt, long Likes, long Replies, bool? LikedByMe);

public sealed record NotificationView(
    string Id, string Kind, UserSummary Actor, string? VideoId, string? CommentId, DateTime CreatedAt, bool Read);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, string? NextCursor, long UnreadCount);
