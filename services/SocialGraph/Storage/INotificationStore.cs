namespace ShortVideo.SocialGraph.Storage;

/// <summary>A user's notifications; they are written by the writes that cause them (follows, likes, comments, published duets).</summary>
public interface INotificationStore
{
    /// <summary>Newest first.</summary>
    IReadOnlyList<NotificationRecord> Page(string userId, (DateTime At, string Id)? after, int limit);

    void MarkAllRead(string userId, DateTime at);
}
