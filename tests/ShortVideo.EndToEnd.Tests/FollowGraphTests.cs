using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Profiles, the follow graph, blocks and abuse limits, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class FollowGraphTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task Two_users_following_each_other_at_the_same_moment_from_many_requests_make_exactly_one_edge_each_way()
    {
        var ana = await Api.RegisterAsync(Gateway, "ana");
        var ben = await Api.RegisterAsync(Gateway, "ben");

        var requests = Enumerable.Range(0, 25).SelectMany(_ => new[]
        {
            Gateway.PutAsync($"/api/users/{ben.Handle}/follow", ana.Token),
            Gateway.PutAsync($"/api/users/{ana.Handle}/follow", ben.Token),
        });
        Assert.All(await Task.WhenAll(requests), status => Assert.Equal(HttpStatusCode.NoContent, status));

        foreach (var user in new[] { ana, ben })
        {
            var profile = await Gateway.GetJsonAsync($"/api/users/{user.Handle}");
            Assert.Equal((1, 1), (PeopleApi.Stat(profile, "followers"), PeopleApi.Stat(profile, "following")));
            Assert.Single(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{user.Handle}/followers")));
            Assert.Single(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{user.Handle}/following")));
        }
        Assert.Equal([ben.UserId], Api.Ids(await Gateway.GetJsonAsync($"/api/users/{ana.Handle}/mutuals")));
        var seen = await Gateway.GetJsonAsync($"/api/users/{ben.Handle}", ana.Token);
        Assert.True(seen["isFollowing"]!.GetValue<bool>() && seen["followsYou"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Blocking_removes_follows_both_ways_and_the_blocked_cannot_follow_comment_on_or_see_the_blocker()
    {
        var ana = await Api.RegisterAsync(Gateway, "ana");
        var ben = await Api.RegisterAsync(Gateway, "ben");
        var video = await PeopleApi.PublishedVideoAsync(Gateway, ana.Token);
        await Gateway.CommentIdAsync(video, ana.Token, "the blocker's own comment");
        await Gateway.PutAsync($"/api/users/{ben.Handle}/follow", ana.Token);
        await Gateway.PutAsync($"/api/users/{ana.Handle}/follow", ben.Token);

        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/users/{ben.Handle}/block", ana.Token));

        var profile = await Gateway.GetJsonAsync($"/api/users/{ana.Handle}", ana.Token);
        Assert.Equal((0, 0), (PeopleApi.Stat(profile, "followers"), PeopleApi.Stat(profile, "following")));
        Assert.Equal(HttpStatusCode.Forbidden, await Gateway.PutAsync($"/api/users/{ana.Handle}/follow", ben.Token));
        Assert.Equal(HttpStatusCode.Forbidden, (await Gateway.CommentAsync(video, ben.Token, "let me in")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await Gateway.PutAsync($"/api/videos/{video}/like", ben.Token));
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/users/{ana.Handle}", ben.Token)).StatusCode);
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/videos/{video}/comments", ben.Token)));
        Assert.Single(Api.Ids(await Gateway.GetJsonAsync($"/api/videos/{video}/comments")));
        Assert.True((await Gateway.GetJsonAsync($"/api/users/{ben.Handle}", ana.Token))["isBlocked"]!.GetValue<bool>());
        Assert.DoesNotContain(ana.Handle, (await Gateway.GetJsonAsync("/api/users/me/suggestions", ben.Token))["items"]!.ToJsonString());
    }

    [Fact]
    public async Task A_block_hides_each_side_s_videos_and_sounds_from_the_other_and_an_unblock_shows_them_again()
    {
        var ana = await Api.RegisterAsync(Gateway, "ana");
        var ben = await Api.RegisterAsync(Gateway, "ben");
        var anasVideo = await PeopleApi.PublishedVideoAsync(Gateway, ana.Token);
        var bensVideo = await PeopleApi.PublishedVideoAsync(Gateway, ben.Token);
        var anasSound = (await Gateway.GetJsonAsync($"/api/videos/{anasVideo}"))["sound"]!["id"]!.GetValue<string>();
        string[] AnasThings() => [$"/api/videos/{anasVideo}", $"/api/sounds/{anasSound}", $"/api/sounds/{anasSound}/videos"];

        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/users/{ben.Handle}/block", ana.Token));

        // The blocked user meets the blocker's video and sound as unknown, and an empty list of videos.
        foreach (var url in AnasThings())
        {
            await Api.EventuallyAsync(() => Gateway.SendAsync(HttpMethod.Get, url, ben.Token), r => r.StatusCode == HttpStatusCode.NotFound, PeopleApi.Converge, $"{url} hidden from the blocked user");
        }
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{ana.Handle}/videos", ben.Token)));
        // Nor can they remix them: a duet of the blocker's video, or a post with her sound, is refused as for a missing one.
        var clip = await Api.GenerateClipAsync(360, 640, 1);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Api.UploadAsync(Gateway, ben.Token, clip, "clip.mp4", "duet", ("duetOf", anasVideo))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Api.UploadAsync(Gateway, ben.Token, clip, "clip.mp4", "sound", ("soundId", anasSound))).StatusCode);
        // And the other way round; everyone else, signed in or not, still sees both.
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.SendAsync(HttpMethod.Get, $"/api/videos/{bensVideo}", ana.Token)).StatusCode);
        Assert.Empty(Api.Ids(await Gateway.GetJsonAsync($"/api/users/{ben.Handle}/videos", ana.Token)));
        var cat = await Api.RegisterAsync(Gateway, "cat");
        foreach (var token in new[] { cat.Token, null })
        {
            foreach (var url in AnasThings()) Assert.Equal(HttpStatusCode.OK, (await Gateway.SendAsync(HttpMethod.Get, url, token)).StatusCode);
            Assert.Equal([anasVideo], Api.Ids(await Gateway.GetJsonAsync($"/api/users/{ana.Handle}/videos", token)));
        }
        Assert.Equal(HttpStatusCode.OK, (await Gateway.SendAsync(HttpMethod.Get, $"/api/videos/{anasVideo}", ana.Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.SendAsync(HttpMethod.Delete, $"/api/users/{ben.Handle}/block", ana.Token)).StatusCode);

        await Api.EventuallyAsync(() => Gateway.SendAsync(HttpMethod.Get, $"/api/videos/{anasVideo}", ben.Token), r => r.StatusCode == HttpStatusCode.OK, PeopleApi.Converge, "the video shown again");
        Assert.Equal([anasVideo], Api.Ids(await Gateway.GetJsonAsync($"/api/users/{ana.Handle}/videos", ben.Token)));
        Assert.Equal([anasVideo], Api.Ids(await Gateway.GetJsonAsync($"/api/sounds/{anasSound}/videos", ben.Token)));
    }

    [Fact]
    public async Task Follows_past_the_per_user_limit_get_429_with_retry_after()
    {
        var ana = await Api.RegisterAsync(Gateway, "ana");
        var ben = await Api.RegisterAsync(Gateway, "ben");

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 100 && refused is null; i++)
        {
            var response = await Gateway.SendAsync(HttpMethod.Put, $"/api/users/{ben.Handle}/follow", ana.Token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.NotNull(refused);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var other = await Api.RegisterAsync(Gateway, "cat");
        Assert.Equal(HttpStatusCode.NoContent, await Gateway.PutAsync($"/api/users/{ben.Handle}/follow", other.Token));
    }

    [Fact]
    public async Task A_profile_shows_its_links_out_and_a_resized_avatar_served_as_immutable()
    {
        var ana = await Api.RegisterAsync(Gateway, "ana");
        var patch = await Gateway.SendAsync(HttpMethod.Patch, "/api/users/me", ana.Token,
            JsonContent.Create(new { bio = "dancer", links = new { youtube = "https://youtube.com/@ana", instagram = "instagram.com/ana.moves/" } }));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var badLink = await Gateway.SendAsync(HttpMethod.Patch, "/api/users/me", ana.Token, JsonContent.Create(new { links = new { youtube = "https://evil.example/x" } }));
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);

        var png = await ImageAsync();
        var upload = await Gateway.SendAsync(HttpMethod.Put, "/api/users/me/avatar", ana.Token, new MultipartFormDataContent { { new ByteArrayContent(png), "file", "me.png" } });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var profile = await Gateway.GetJsonAsync($"/api/users/{ana.Handle}");
        Assert.Equal("https://www.youtube.com/@ana", profile["links"]!["youtube"]!.GetValue<string>());
        Assert.Equal("https://www.instagram.com/ana.moves", profile["links"]!["instagram"]!.GetValue<string>());
        var avatar = await Gateway.GetAsync(profile["avatarUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, avatar.StatusCode);
        Assert.Equal("image/jpeg", avatar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", avatar.Headers.CacheControl?.ToString());
        var notImage = await Gateway.SendAsync(HttpMethod.Put, "/api/users/me/avatar", ana.Token, new MultipartFormDataContent { { new ByteArrayContent("GIF89a not really"u8.ToArray()), "file", "x.png" } });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notImage.StatusCode);
    }

    [Fact]
    public async Task Suggestions_come_from_mutual_connections_and_leave_out_the_followed()
    {
        var me = await Api.RegisterAsync(Gateway, "me");
        var friend = await Api.RegisterAsync(Gateway, "friend");
        var theirFriend = await Api.RegisterAsync(Gateway, "tf");
        await Gateway.PutAsync($"/api/users/{friend.Handle}/follow", me.Token);
        await Gateway.PutAsync($"/api/users/{theirFriend.Handle}/follow", friend.Token);

        var page = await Gateway.GetJsonAsync("/api/users/me/suggestions", me.Token);

        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(theirFriend.Handle, item["handle"]!.GetValue<string>());
        Assert.Equal(1, item["mutualCount"]!.GetValue<int>());
    }

    private static async Task<byte[]> ImageAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"avatar-{Guid.NewGuid():N}.png");
        using var ffmpeg = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ffmpeg", $"-loglevel error -y -f lavfi -i testsrc2=size=500x300 -frames:v 1 \"{path}\"") { RedirectStandardError = true })!;
        await ffmpeg.WaitForExitAsync();
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
