namespace ShortVideo.SocialGraph.Storage;

/// <summary>The collection names in the service's one LiteDB file, so that a write can touch several in one transaction.</summary>
internal static class Collections
{
    public const string Users = "users";
    public const string Follows = "follows";
    public const string Blocks = "blocks";
    public const string Videos = "videos";
    public const string Likes = "likes";
    public const string Saves = "saves";
    public const string NotInterested = "not_interested";
    public const string Comments = "comments";
    public const string CommentLikes = "comment_likes";
    public const string Notifications = "notifications";
}
