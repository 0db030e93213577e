using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.SocialGraph.Tests;

public sealed class NotificationTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Follows_likes_comments_replies_duets_and_stitches_notify_with_an_unread_count()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);

        await fan.Client.PutAsync($"/api/users/{creator.Handle}/follow");
        await fan.Client.DeleteAsync($"/api/users/{creator.Handle}/follow");
        await fan.Client.PutAsync($"/api/users/{creator.Handle}/follow");
        await fan.Client.PutAsync($"/api/videos/{video}/like");
        var comment = await (await creator.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "own comment, no notification" })).Content.ReadFromJsonAsync<JsonNode>();
        await fan.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "nice" });
        await _app.PublishVideoAsync(fan, duetOf: video);
        await _app.PublishVideoAsync(fan, stitchOf: video);
        await creator.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "thanks", parentId = comment!["id"]!.GetValue<string>() });
        await fan.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "reply", parentId = comment["id"]!.GetValue<string>() });

        var page = await creator.Client.GetJsonAsync("/api/notifications");
        Assert.Equal(["reply", "stitch", "duet", "comment", "like", "follow"], page["items"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
        Assert.All(page["items"]!.AsArray(), n => Assert.Equal(fan.Handle, n!["actor"]!["handle"]!.GetValue<string>()));
        Assert.All(page["items"]!.AsArray(), n => Assert.False(n!["read"]!.GetValue<bool>()));
        Assert.Equal(6, page["unreadCount"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.NoContent, (await creator.Client.PostAsync("/api/notifications/read", null)).StatusCode);
        var read = await creator.Client.GetJsonAsync("/api/notifications?limit=2");
        Assert.Equal(0, read["unreadCount"]!.GetValue<long>());
        Assert.All(read["items"]!.AsArray(), n => Assert.True(n!["read"]!.GetValue<bool>()));
        Assert.NotNull(read["nextCursor"]);
    }

    [Fact]
    public async Task A_block_removes_what_each_side_s_actions_notified_the_other_and_the_unread_count_follows()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var other = await _app.RegisterAsync("other");
        var video = await _app.PublishVideoAsync(creator);
        var fansVideo = await _app.PublishVideoAsync(fan);
        await fan.Client.PutAsync($"/api/users/{creator.Handle}/follow");
        await fan.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "nice" });
        await creator.Client.PostAsync("/api/notifications/read", null);
        await fan.Client.PutAsync($"/api/videos/{video}/like");
        await other.Client.PutAsync($"/api/videos/{video}/like");
        await creator.Client.PutAsync($"/api/videos/{fansVideo}/like");
        Assert.Equal(2, (await creator.Client.GetJsonAsync("/api/notifications"))["unreadCount"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.NoContent, (await creator.Client.PutAsync($"/api/users/{fan.Handle}/block", null)).StatusCode);

        var page = await creator.Client.GetJsonAsync("/api/notifications");
        Assert.Equal([other.Handle], page["items"]!.AsArray().Select(n => n!["actor"]!["handle"]!.GetValue<string>()));
        Assert.Equal(1, page["unreadCount"]!.GetValue<long>());
        var fans = await fan.Client.GetJsonAsync("/api/notifications");
        Assert.Empty(fans["items"]!.AsArray());
        Assert.Equal(0, fans["unreadCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_deleted_comment_or_video_takes_its_notifications_and_their_unread_count_with_it()
    {
        var creator = await _app.RegisterAsync("creator");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(creator);
        var other = await _app.PublishVideoAsync(creator);
        var comment = (await (await fan.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "nice" })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
        await fan.Client.PostAsJsonAsync($"/api/videos/{other}/comments", new { text = "also nice" });
        await fan.Client.PutAsync($"/api/videos/{other}/like");
        var duet = await _app.PublishVideoAsync(fan, duetOf: video);
        Assert.Equal(4, (await creator.Client.GetJsonAsync("/api/notifications"))["unreadCount"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.NoContent, (await fan.Client.DeleteAsync($"/api/comments/{comment}")).StatusCode);
        await _app.Services.GetRequiredService<MassTransit.IBus>().Publish(new ShortVideo.Contracts.VideoDeleted(duet, fan.Id, DateTimeOffset.UtcNow));
        await _app.Services.GetRequiredService<MassTransit.IBus>().Publish(new ShortVideo.Contracts.VideoDeleted(other, creator.Id, DateTimeOffset.UtcNow));

        await Eventually.Async(async () => (await creator.Client.GetJsonAsync("/api/notifications"))["unreadCount"]!.GetValue<long>() == 0, "the notifications to go");
        Assert.Empty((await creator.Client.GetJsonAsync("/api/notifications"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Notifications_need_a_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/notifications")).StatusCode);
    }
}
