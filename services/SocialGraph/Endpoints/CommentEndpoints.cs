using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.RateLimiting;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

/// <summary>
/// Comments with one level of replies. The text goes out exactly as it came in, as a JSON string
/// (application/json, nosniff): a client shows it as text, and nothing here ever renders it.
/// </summary>
public static class CommentEndpoints
{
    public static IEndpointRouteBuilder MapCommentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/videos/{id}/comments", Post).RequireAuthorization().RequireRateLimiting(RateLimits.Comments);
        app.MapGet("/api/videos/{id}/comments", Thread);
        app.MapGet("/api/comments/{id}/replies", Replies);
        app.MapDelete("/api/comments/{id}", Delete).RequireAuthorization();
        app.MapPut("/api/comments/{id}/like", (string id, ClaimsPrincipal me, ICommentStore comments) => Like(id, me, comments, like: true))
            .RequireAuthorization().RequireRateLimiting(RateLimits.Likes);
        app.MapDelete("/api/comments/{id}/like", (string id, ClaimsPrincipal me, ICommentStore comments) => Like(id, me, comments, like: false))
            .RequireAuthorization().RequireRateLimiting(RateLimits.Likes);
        return app;
    }

    private static Results<Created<CommentView>, ProblemHttpResult> Post(
        string id, CommentRequest request, ClaimsPrincipal me, IEngagementStore videos, ICommentStore comments, IAccountStore accounts,
        IOptions<SocialGraphOptions> options, SocialGraphMetrics metrics, TimeProvider clock)
    {
        if (EngagementRules.CommentProblem(request.Text, options.Value.MaxCommentLength) is { } problem) return Problems.Invalid("text", problem);
        if (videos.FindVideo(id) is not { } video) return Problems.NotFound($"Video '{id}'");
        if (!CanReplyTo(comments, request.ParentId, id))
        {
            return Problems.Invalid("parentId", "A reply answers an existing top-level comment of the same video: replies are one level deep.");
        }
        var author = accounts.FindById(People.ViewerId(me)!);
        if (author is null) return Problems.NotFound("Your account");
        var comment = new CommentRecord
        {
            Id = Guid.CreateVersion7().ToString("N"), VideoId = video.Id, AuthorId = author.Id, ParentId = request.ParentId,
            Text = request.Text!, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var outcome = comments.Post(comment, video);
        metrics.Write("comment", outcome.ToString());
        return outcome switch
        {
            WriteOutcome.Blocked => Problems.Field(StatusCodes.Status403Forbidden, "id", "You cannot comment here: you and the author have blocked one another.", "Forbidden"),
            WriteOutcome.Unchanged => Problems.NotFound(request.ParentId is null ? $"Video '{id}'" : $"Comment '{request.ParentId}'"),
            _ => TypedResults.Created($"/api/comments/{comment.Id}", View(comment, author, likedByMe: false)),
        };
    }

    private static bool CanReplyTo(ICommentStore comments, string? parentId, string videoId) =>
        parentId is null || (comments.Find(parentId) is { ParentId: null } parent && parent.VideoId == videoId);

    private static Results<Ok<Page<CommentView>>, ProblemHttpResult> Thread(
        string id, ClaimsPrincipal me, IEngagementStore videos, ICommentStore comments, IAccountStore accounts, IGraphStore graph,
        [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (videos.FindVideo(id) is null) return Problems.NotFound($"Video '{id}'");
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        return TypedResults.Ok(Page(comments.Thread(id, after, size + 1), size, me, comments, accounts, graph));
    }

    private static Results<Ok<Page<CommentView>>, ProblemHttpResult> Replies(
        string id, ClaimsPrincipal me, ICommentStore comments, IAccountStore accounts, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (comments.Find(id) is null) return Problems.NotFound($"Comment '{id}'");
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        return TypedResults.Ok(Page(comments.Replies(id, after, size + 1), size, me, comments, accounts, graph));
    }

    /// <summary>The author or the video's owner deletes a comment; its replies go with it.</summary>
    private static Results<NoContent, ProblemHttpResult> Delete(
        string id, ClaimsPrincipal me, ICommentStore comments, IEngagementStore videos, SocialGraphMetrics metrics, TimeProvider clock)
    {
        if (comments.Find(id) is not { } comment) return Problems.NotFound($"Comment '{id}'");
        var video = videos.FindVideo(comment.VideoId) ?? new KnownVideo { Id = comment.VideoId };
        var userId = People.ViewerId(me);
        if (userId != comment.AuthorId && userId != video.CreatorId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only the comment's author or the video's owner deletes it.");
        }
        comments.Delete(comment, video, clock.GetUtcNow().UtcDateTime);
        metrics.Write("comment-delete", WriteOutcome.Changed.ToString());
        return TypedResults.NoContent();
    }

    private static Results<NoContent, ProblemHttpResult> Like(string id, ClaimsPrincipal me, ICommentStore comments, bool like)
    {
        if (comments.Find(id) is not { } comment) return Problems.NotFound($"Comment '{id}'");
        var userId = People.ViewerId(me)!;
        var outcome = like ? comments.Like(userId, comment) : comments.Unlike(userId, comment);
        return outcome == WriteOutcome.Blocked
            ? Problems.Field(StatusCodes.Status403Forbidden, "id", "You and the comment's author have blocked one another.", "Forbidden")
            : TypedResults.NoContent();
    }

    /// <summary>A page of comments, leaving out authors hidden from the reader by a block; the cursor still moves past them.</summary>
    private static Page<CommentView> Page(
        IReadOnlyList<CommentRecord> found, int size, ClaimsPrincipal me, ICommentStore comments, IAccountStore accounts, IGraphStore graph)
    {
        var viewerId = People.ViewerId(me);
        var hidden = People.Hidden(graph, viewerId);
        var items = found.Take(size)
            .Where(c => !hidden.Contains(c.AuthorId))
            .Select(c => (Comment: c, Author: accounts.FindById(c.AuthorId)))
            .Where(x => x.Author is not null)
            .Select(x => View(x.Comment, x.Author!, viewerId is null ? null : comments.Likes(viewerId, x.Comment.Id)))
            .ToList();
        var next = found.Count > size ? Paging.Encode(found[size - 1].CreatedAt, found[size - 1].Id) : null;
        return new Page<CommentView>(items, next);
    }

    private static CommentView View(CommentRecord c, UserRecord author, bool? likedByMe) =>
        new(c.Id, UserSummary.Of(author), c.Text, c.ParentId, c.CreatedAt.ToUniversalTime(), c.Likes, c.Replies, likedByMe);
}

public sealed record CommentRequest(string? Text, string? ParentId);
