namespace ShortVideo.SocialGraph.Storage;

/// <summary>Comments and one level of replies, with their counts kept in the writing transaction.</summary>
public interface ICommentStore
{
    /// <summary>Refused when the author and the video's creator (or the parent comment's author) blocked one another.</summary>
    WriteOutcome Post(CommentRecord comment, KnownVideo video);

    CommentRecord? Find(string id);

    /// <summary>Removes the comment and its replies, publishing <c>CommentDeleted</c> with the video's count after it.</summary>
    bool Delete(CommentRecord comment, KnownVideo video, DateTime at);

    /// <summary>Top-level comments of a video, newest first.</summary>
    IReadOnlyList<CommentRecord> Thread(string videoId, (DateTime At, string Id)? after, int limit);

    /// <summary>Replies to a comment, oldest first.</summary>
    IReadOnlyList<CommentRecord> Replies(string parentId, (DateTime At, string Id)? after, int limit);

    WriteOutcome Like(string userId, CommentRecord comment);

    WriteOutcome Unlike(string userId, CommentRecord comment);

    bool Likes(string userId, string commentId);
}
