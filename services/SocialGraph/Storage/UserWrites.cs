using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.SocialGraph.Storage;

/// <summary>Changes to a user's document inside a write, read and written in the same transaction so that concurrent writes never lose a count.</summary>
internal static class UserWrites
{
    public static UserRecord? Change(LiteTransaction t, string userId, Action<UserRecord> change)
    {
        var users = t.Collection<UserRecord>(Collections.Users);
        if (users.FindById(userId) is not { } user) return null;
        change(user);
        users.Update(user);
        return user;
    }

    /// <summary>Stores a notification unless it exists already or the actor is the recipient, and counts it unread.</summary>
    public static void Notify(LiteTransaction t, NotificationRecord notification)
    {
        if (notification.RecipientId == notification.ActorId) return;
        var notifications = t.Collection<NotificationRecord>(Collections.Notifications);
        if (notifications.FindById(notification.Id) is not null) return;
        notification.Key = Domain.SortKey.Of(notification.RecipientId, notification.CreatedAt, notification.Id);
        notifications.Insert(notification);
        Change(t, notification.RecipientId, u => u.UnreadNotifications++);
    }

    /// <summary>
    /// Removes the notifications <paramref name="actorId"/>'s actions left for <paramref name="recipientId"/> (a block ends what each did
    /// to the other).
    /// </summary>
    public static void Forget(LiteTransaction t, string recipientId, string actorId)
    {
        var owner = System.Text.Encoding.UTF8.GetBytes(recipientId);
        var theirs = Keyset.Range(t.Collection<NotificationRecord>(Collections.Notifications), nameof(NotificationRecord.Key),
            Domain.SortKey.Start(owner, null), Domain.SortKey.End(owner), int.MaxValue);
        Remove(t, theirs.Where(n => n.ActorId == actorId).ToList());
    }

    /// <summary>Removes the notifications about a video that is gone (its likes and comments, or it as a duet or stitch), from whoever got them.</summary>
    public static void ForgetVideo(LiteTransaction t, string videoId) =>
        Remove(t, t.Collection<NotificationRecord>(Collections.Notifications).Find(n => n.VideoId == videoId).ToList());

    /// <summary>Removes the notifications about comments that are gone.</summary>
    public static void ForgetComments(LiteTransaction t, IEnumerable<string> commentIds)
    {
        var notifications = t.Collection<NotificationRecord>(Collections.Notifications);
        Remove(t, commentIds.SelectMany(id => notifications.Find(n => n.CommentId == id)).ToList());
    }

    /// <summary>Deletes <paramref name="gone"/> and takes the unread ones off each recipient's count, so the count stays the number of unread items the list shows.</summary>
    private static void Remove(LiteTransaction t, List<NotificationRecord> gone)
    {
        var notifications = t.Collection<NotificationRecord>(Collections.Notifications);
        foreach (var notification in gone) notifications.Delete(notification.Id);
        foreach (var recipient in gone.GroupBy(n => n.RecipientId))
        {
            Change(t, recipient.Key, u =>
            {
                var readAt = u.NotificationsReadAt.ToUniversalTime();
                u.UnreadNotifications = Math.Max(0, u.UnreadNotifications - recipient.Count(n => n.CreatedAt.ToUniversalTime() > readAt));
            });
        }
    }

    /// <summary>Either of the two blocked the other.</summary>
    public static bool Blocked(LiteTransaction t, string a, string b)
    {
        var blocks = t.Collection<BlockRecord>(Collections.Blocks);
        return blocks.FindById(BlockRecord.IdOf(a, b)) is not null || blocks.FindById(BlockRecord.IdOf(b, a)) is not null;
    }
}
