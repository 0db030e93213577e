using System.Text;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbNotificationStore : INotificationStore
{
    private readonly LiteDbDatabase _db;

    public LiteDbNotificationStore(LiteDbDatabase db)
    {
        _db = db;
        var notifications = db.Collection<NotificationRecord>(Collections.Notifications);
        notifications.EnsureKeyIndex(nameof(NotificationRecord.Key));
        // What a deleted video or comment takes with it (UserWrites).
        notifications.EnsureIndex(n => n.VideoId);
        notifications.EnsureIndex(n => n.CommentId);
    }

    public IReadOnlyList<NotificationRecord> Page(string userId, (DateTime At, string Id)? after, int limit)
    {
        var owner = Encoding.UTF8.GetBytes(userId);
        var from = SortKey.Start(owner, after is var (at, id) ? (at, Encoding.UTF8.GetBytes(id)) : null);
        return Keyset.Range(_db.Collection<NotificationRecord>(Collections.Notifications), nameof(NotificationRecord.Key), from, SortKey.End(owner), limit);
    }

    public void MarkAllRead(string userId, DateTime at) => _db.Write(t => UserWrites.Change(t, userId, u =>
    {
        u.UnreadNotifications = 0;
        u.NotificationsReadAt = at;
    }));
}
