using System.Text;
using LiteDB;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Domain;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbCommentStore : ICommentStore
{
    private readonly LiteDbDatabase _db;

    public LiteDbCommentStore(LiteDbDatabase db)
    {
        _db = db;
        var comments = db.Collection<CommentRecord>(Collections.Comments);
        comments.EnsureKeyIndex(nameof(CommentRecord.Thread));
        comments.EnsureKeyIndex(nameof(CommentRecord.Reply));
        comments.EnsureIndex(c => c.VideoId);
        db.Collection<CommentLikeRecord>(Collections.CommentLikes).EnsureIndex(l => l.CommentId);
    }

    public WriteOutcome Post(CommentRecord comment, KnownVideo video) => _db.Write(t =>
    {
        if (UserWrites.Blocked(t, comment.AuthorId, video.CreatorId)) return WriteOutcome.Blocked;
        var comments = t.Collection<CommentRecord>(Collections.Comments);
        var parent = comment.ParentId is null ? null : comments.FindById(comment.ParentId);
        if (comment.ParentId is not null && parent is null) return WriteOutcome.Unchanged;
        if (parent is not null && UserWrites.Blocked(t, comment.AuthorId, parent.AuthorId)) return WriteOutcome.Blocked;
        var videos = t.Collection<KnownVideo>(Collections.Videos);
        if (videos.FindById(video.Id) is not { } stored) return WriteOutcome.Unchanged;

        if (parent is null) comment.Thread = SortKey.Of(video.Id, comment.CreatedAt, comment.Id);
        else
        {
            comment.Reply = SortKey.Of(parent.Id, comment.CreatedAt, comment.Id);
            parent.Replies++;
            comments.Update(parent);
        }
        comments.Insert(comment);
        stored.Comments++;
        videos.Update(stored);
        UserWrites.Notify(t, new NotificationRecord
        {
            Id = $"comment:{comment.Id}", RecipientId = parent?.AuthorId ?? video.CreatorId, Kind = parent is null ? NotificationKinds.Comment : NotificationKinds.Reply,
            ActorId = comment.AuthorId, VideoId = video.Id, CommentId = comment.Id, CreatedAt = comment.CreatedAt,
        });
        t.Publish(new CommentPosted(comment.Id, video.Id, comment.AuthorId, video.CreatorId, comment.ParentId, comment.Text, stored.Comments, comment.CreatedAt));
        return WriteOutcome.Changed;
    });

    public CommentRecord? Find(string id) => _db.Collection<CommentRecord>(Collections.Comments).FindById(id);

    public bool Delete(CommentRecord comment, KnownVideo video, DateTime at) => _db.Write(t =>
    {
        var comments = t.Collection<CommentRecord>(Collections.Comments);
        if (comments.FindById(comment.Id) is not { } stored) return false;
        var owner = Encoding.UTF8.GetBytes(stored.Id);
        var replies = Keyset.Range(comments, nameof(CommentRecord.Reply), SortKey.Start(owner, null), SortKey.End(owner), int.MaxValue);
        var removed = new List<CommentRecord>(replies) { stored };
        var likes = t.Collection<CommentLikeRecord>(Collections.CommentLikes);
        foreach (var gone in removed)
        {
            comments.Delete(gone.Id);
            likes.DeleteMany(l => l.CommentId == gone.Id);
        }
        UserWrites.ForgetComments(t, removed.Select(c => c.Id));
        if (stored.ParentId is not null && comments.FindById(stored.ParentId) is { } parent)
        {
            parent.Replies--;
            comments.Update(parent);
        }
        var videos = t.Collection<KnownVideo>(Collections.Videos);
        var count = 0L;
        if (videos.FindById(video.Id) is { } known)
        {
            count = known.Comments = Math.Max(0, known.Comments - removed.Count);
            videos.Update(known);
        }
        t.Publish(new CommentDeleted(stored.Id, video.Id, stored.AuthorId, count, at));
        return true;
    });

    public IReadOnlyList<CommentRecord> Thread(string videoId, (DateTime At, string Id)? after, int limit)
    {
        var owner = Encoding.UTF8.GetBytes(videoId);
        var from = SortKey.Start(owner, after is var (at, id) ? (at, Encoding.UTF8.GetBytes(id)) : null);
        return Keyset.Range(_db.Collection<CommentRecord>(Collections.Comments), nameof(CommentRecord.Thread), from, SortKey.End(owner), limit);
    }

    public IReadOnlyList<CommentRecord> Replies(string parentId, (DateTime At, string Id)? after, int limit)
    {
        var owner = Encoding.UTF8.GetBytes(parentId);
        // Keys run newest first, so oldest first walks the range backwards, from just before the cursor.
        var to = after is var (at, id) ? SortKey.Of(owner, at, Encoding.UTF8.GetBytes(id)) : SortKey.End(owner);
        return Keyset.RangeBackwards(_db.Collection<CommentRecord>(Collections.Comments), nameof(CommentRecord.Reply), SortKey.Start(owner, null), to, limit + 1)
            .Where(c => after is null || c.Id != after.Value.Id)
            .Take(limit)
            .ToList();
    }

    public WriteOutcome Like(string userId, CommentRecord comment) => _db.Write(t =>
    {
        if (UserWrites.Blocked(t, userId, comment.AuthorId)) return WriteOutcome.Blocked;
        var likes = t.Collection<CommentLikeRecord>(Collections.CommentLikes);
        var id = CommentLikeRecord.IdOf(userId, comment.Id);
        if (likes.FindById(id) is not null) return WriteOutcome.Unchanged;
        if (!ChangeLikes(t, comment.Id, +1)) return WriteOutcome.Unchanged;
        likes.Insert(new CommentLikeRecord { Id = id, CommentId = comment.Id });
        return WriteOutcome.Changed;
    });

    public WriteOutcome Unlike(string userId, CommentRecord comment) => _db.Write(t =>
    {
        if (!t.Collection<CommentLikeRecord>(Collections.CommentLikes).Delete(CommentLikeRecord.IdOf(userId, comment.Id))) return WriteOutcome.Unchanged;
        ChangeLikes(t, comment.Id, -1);
        return WriteOutcome.Changed;
    });

    public bool Likes(string userId, string commentId) =>
        _db.Collection<CommentLikeRecord>(Collections.CommentLikes).FindById(CommentLikeRecord.IdOf(userId, commentId)) is not null;

    private static bool ChangeLikes(LiteTransaction t, string commentId, int by)
    {
        var comments = t.Collection<CommentRecord>(Collections.Comments);
        if (comments.FindById(commentId) is not { } stored) return false;
        stored.Likes += by;
        comments.Update(stored);
        return true;
    }
}
