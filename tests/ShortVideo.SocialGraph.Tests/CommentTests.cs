using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class CommentTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    private static async Task<JsonNode> PostAsync(TestUser user, string video, string text, string? parentId = null)
    {
        var response = await user.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text, parentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [Fact]
    public async Task Markup_in_a_comment_is_stored_and_returned_verbatim_as_a_json_string()
    {
        var ana = await _app.RegisterAsync("ana");
        var video = await _app.PublishVideoAsync(ana);
        const string text = "<script>alert('x')</script> & <b>bold</b>";

        await PostAsync(ana, video, text);
        var response = await _app.CreateClient().GetAsync($"/api/videos/{video}/comments");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var page = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(text, page["items"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Replies_are_one_level_deep_and_listed_oldest_first()
    {
        var ana = await _app.RegisterAsync("ana");
        var video = await _app.PublishVideoAsync(ana);
        var top = await PostAsync(ana, video, "top");
        var topId = top["id"]!.GetValue<string>();
        var first = await PostAsync(ana, video, "first reply", topId);
        await PostAsync(ana, video, "second reply", topId);

        var deeper = await ana.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = "too deep", parentId = first["id"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, deeper.StatusCode);
        Assert.Contains("parentId", await deeper.Content.ReadAsStringAsync());

        var replies = await ana.Client.GetJsonAsync($"/api/comments/{topId}/replies?limit=1");
        Assert.Equal(["first reply"], replies["items"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()));
        var rest = await ana.Client.GetJsonAsync($"/api/comments/{topId}/replies?limit=1&cursor={replies["nextCursor"]}");
        Assert.Equal(["second reply"], rest["items"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()));
        Assert.Equal(["top"], (await ana.Client.GetJsonAsync($"/api/videos/{video}/comments"))["items"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()));
        Assert.Equal(2, (await ana.Client.GetJsonAsync($"/api/videos/{video}/comments"))["items"]![0]!["replies"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_deleted_comment_and_its_replies_leave_the_thread_and_the_count()
    {
        var owner = await _app.RegisterAsync("owner");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(owner);
        var doomed = (await PostAsync(fan, video, "delete me"))["id"]!.GetValue<string>();
        await PostAsync(owner, video, "a reply", doomed);
        await PostAsync(fan, video, "stays");

        var stranger = await _app.RegisterAsync("stranger");
        Assert.Equal(HttpStatusCode.Forbidden, await stranger.Client.DeleteStatusAsync($"/api/comments/{doomed}"));
        Assert.Equal(HttpStatusCode.NoContent, await owner.Client.DeleteStatusAsync($"/api/comments/{doomed}"));

        Assert.Equal(["stays"], (await fan.Client.GetJsonAsync($"/api/videos/{video}/comments"))["items"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await fan.Client.GetAsync($"/api/comments/{doomed}/replies")).StatusCode);
        await Eventually.Holds(() => _app.Published<CommentDeleted>(e => e.CommentId == doomed).Count == 1, "CommentDeleted");
        Assert.Equal(1, _app.Published<CommentDeleted>(e => e.CommentId == doomed).Single().CommentCount);
    }

    [Fact]
    public async Task The_author_deletes_their_own_comment()
    {
        var owner = await _app.RegisterAsync("owner");
        var fan = await _app.RegisterAsync("fan");
        var video = await _app.PublishVideoAsync(owner);
        var mine = (await PostAsync(fan, video, "oops"))["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, await fan.Client.DeleteStatusAsync($"/api/comments/{mine}"));
        Assert.Empty(Json.Ids(await fan.Client.GetJsonAsync($"/api/videos/{video}/comments")));
    }

    [Fact]
    public async Task Comments_publish_the_running_count_and_comment_likes_are_idempotent()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        var video = await _app.PublishVideoAsync(ana);
        var id = (await PostAsync(ana, video, "one"))["id"]!.GetValue<string>();
        await PostAsync(ben, video, "two");

        Assert.Equal(HttpStatusCode.NoContent, await ben.Client.PutAsync($"/api/comments/{id}/like"));
        Assert.Equal(HttpStatusCode.NoContent, await ben.Client.PutAsync($"/api/comments/{id}/like"));

        var thread = await ben.Client.GetJsonAsync($"/api/videos/{video}/comments");
        var liked = thread["items"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(1, liked["likes"]!.GetValue<long>());
        Assert.True(liked["likedByMe"]!.GetValue<bool>());
        await Eventually.Holds(() => _app.Published<CommentPosted>(e => e.VideoId == video).Count == 2, "two CommentPosted");
        Assert.Equal([1L, 2L], _app.Published<CommentPosted>(e => e.VideoId == video).Select(e => e.CommentCount).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public async Task Empty_or_control_character_comments_are_refused_and_leave_nothing(string text)
    {
        var ana = await _app.RegisterAsync("ana");
        var video = await _app.PublishVideoAsync(ana);

        var response = await ana.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"text\"", await response.Content.ReadAsStringAsync());
        Assert.Empty(Json.Ids(await ana.Client.GetJsonAsync($"/api/videos/{video}/comments")));
    }

    [Fact]
    public async Task A_comment_longer_than_the_limit_is_refused()
    {
        var ana = await _app.RegisterAsync("ana");
        var video = await _app.PublishVideoAsync(ana);

        var response = await ana.Client.PostAsJsonAsync($"/api/videos/{video}/comments", new { text = new string('a', 501) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 500", await response.Content.ReadAsStringAsync());
    }
}
