namespace ShortVideo.SocialGraph.Storage;

/// <summary>The <c>kind</c> of a notification, as API.md's clients see it.</summary>
public static class NotificationKinds
{
    public const string Follow = "follow";
    public const string Like = "like";
    public const string Comment = "comment";
    public const string Reply = "reply";
    public const string Duet = "duet";
    public const string Stitch = "stitch";
}
