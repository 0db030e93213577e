using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShortVideo.ServiceDefaults.Http;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Endpoints;

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", List).RequireAuthorization();
        app.MapPost("/api/notifications/read", Read).RequireAuthorization();
        return app;
    }

    private static Results<Ok<NotificationPage>, ProblemHttpResult> List(
        ClaimsPrincipal me, IAccountStore accounts, INotificationStore notifications, IGraphStore graph, [FromQuery] int? limit, [FromQuery] string? cursor)
    {
        if (accounts.FindById(People.ViewerId(me)!) is not { } user) return Problems.NotFound("Your account");
        if (!Paging.TryDecode(cursor, out var after)) return Problems.BadCursor();
        var size = Paging.Limit(limit);
        var found = notifications.Page(user.Id, after, size + 1);
        var hidden = graph.HiddenFrom(user.Id);
        var readAt = user.NotificationsReadAt.ToUniversalTime();
        var items = found.Take(size)
            .Where(n => !hidden.Contains(n.ActorId))
            .Select(n => (Notification: n, Actor: accounts.FindById(n.ActorId)))
            .Where(x => x.Actor is not null)
            .Select(x => new NotificationView(
                x.Notification.Id, x.Notification.Kind, UserSummary.Of(x.Actor!), x.Notification.VideoId, x.Notification.CommentId,
                x.Notification.CreatedAt.ToUniversalTime(), x.Notification.CreatedAt.ToUniversalTime() <= readAt))
            .ToList();
        var next = found.Count > size ? Paging.Encode(found[size - 1].CreatedAt, found[size - 1].Id) : null;
        return TypedResults.Ok(new NotificationPage(items, next, user.UnreadNotifications));
    }

    private static NoContent Read(ClaimsPrincipal me, INotificationStore notifications, TimeProvider clock)
    {
        notifications.MarkAllRead(People.ViewerId(me)!, clock.GetUtcNow().UtcDateTime);
        return TypedResults.NoContent();
    }
}
