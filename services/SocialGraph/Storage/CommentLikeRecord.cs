namespace ShortVideo.SocialGraph.Storage;

/// <summary>One like of a comment; its id is "{user}>{comment}".</summary>
public sealed class CommentLikeRecord
{
    public string Id { get; set; } = "";

    public string CommentId { get; set; } = "";

    public static string IdOf(string userId, string commentId) => $"{userId}>{commentId}";
}
