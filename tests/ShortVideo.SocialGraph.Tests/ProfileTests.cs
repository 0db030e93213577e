using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Tests;

public sealed class ProfileTests(SocialGraphAppFixture fixture) : IClassFixture<SocialGraphAppFixture>
{
    private readonly SocialGraphApp _app = fixture.App;

    [Fact]
    public async Task Links_out_are_normalised_shown_on_the_profile_and_the_change_is_published()
    {
        var ana = await _app.RegisterAsync("ana");

        var response = await ana.Client.PatchAsJsonAsync("/api/users/me", new
        {
            displayName = "Ana Dances",
            bio = "moves",
            links = new { youtube = "youtube.com/@AnaDances/", instagram = "http://instagram.com/ana.dances?igsh=x" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await _app.CreateClient().GetJsonAsync($"/api/users/{ana.Handle}");
        Assert.Equal("https://www.youtube.com/@AnaDances", profile["links"]!["youtube"]!.GetValue<string>());
        Assert.Equal("https://www.instagram.com/ana.dances", profile["links"]!["instagram"]!.GetValue<string>());
        Assert.Equal("Ana Dances", profile["displayName"]!.GetValue<string>());
        await Eventually.Holds(() => _app.Published<UserProfileUpdated>(e => e.UserId == ana.Id && e.DisplayName == "Ana Dances").Count == 1, "UserProfileUpdated");
    }

    [Fact]
    public async Task Me_is_the_signed_in_user_s_own_profile_and_needs_a_token()
    {
        var ana = await _app.RegisterAsync("ana");

        var me = await ana.Client.GetJsonAsync("/api/users/me");

        Assert.Equal(ana.Handle, me["handle"]!.GetValue<string>());
        Assert.Equal(ana.Id, me["id"]!.GetValue<string>());
        // A bio never set is "", whether the record comes from memory or from disk.
        Assert.Equal("", me["bio"]!.GetValue<string>());
        await ana.Client.PutAsync($"/api/users/{(await _app.RegisterAsync("ben")).Handle}/follow", null);
        Assert.Equal("", (await _app.CreateClient().GetJsonAsync($"/api/users/{ana.Handle}"))["bio"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/users/me")).StatusCode);
    }

    [Theory]
    [InlineData("youtube", "https://evil.example/@ana")]
    [InlineData("youtube", "https://www.youtube.com/watch?v=abc")]
    [InlineData("youtube", "javascript:alert(1)")]
    [InlineData("instagram", "https://www.instagram.com/ana/posts/1")]
    [InlineData("instagram", "https://instagram.com.evil.example/ana")]
    public async Task A_link_that_is_not_a_profile_on_that_platform_is_refused_and_changes_nothing(string platform, string url)
    {
        var ana = await _app.RegisterAsync("ana");
        var links = new JsonObject { [platform] = url };

        var response = await ana.Client.PatchAsJsonAsync("/api/users/me", new JsonObject { ["links"] = links, ["displayName"] = "Changed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"links.{platform}", await response.Content.ReadAsStringAsync());
        Assert.Equal(ana.Handle, (await _app.CreateClient().GetJsonAsync($"/api/users/{ana.Handle}"))["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_profile_tells_the_reader_whether_they_follow_each_other()
    {
        var ana = await _app.RegisterAsync("ana");
        var ben = await _app.RegisterAsync("ben");
        await ben.Client.PutAsync($"/api/users/{ana.Handle}/follow");

        var seen = await ana.Client.GetJsonAsync($"/api/users/{ben.Handle}");

        Assert.False(seen["isFollowing"]!.GetValue<bool>());
        Assert.True(seen["followsYou"]!.GetValue<bool>());
        Assert.False(seen["isBlocked"]!.GetValue<bool>());
        Assert.Null((await _app.CreateClient().GetJsonAsync($"/api/users/{ben.Handle}"))["isFollowing"]);
    }

    [Fact]
    public async Task Ten_sign_in_attempts_at_one_handle_close_it_to_sign_ins_for_a_while_and_no_other()
    {
        var (ana, ben) = (await _app.RegisterAsync("ana"), await _app.RegisterAsync("ben"));
        var client = _app.CreateClient();
        Task<HttpResponseMessage> SignIn(string handle, string password) => client.PostAsJsonAsync("/api/auth/login", new { handle, password });

        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(ana.Handle, "wrong password " + i)).StatusCode);
        var refused = await SignIn(ana.Handle.ToUpperInvariant(), "correct horse battery");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.Contains("sign-in attempts", (await refused.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await SignIn(ben.Handle, "correct horse battery")).StatusCode);
        // What cannot be a handle is refused without a window of its own (nothing to fill memory with).
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(new string('a', 100_000), "correct horse battery")).StatusCode);
    }

    [Fact]
    public async Task The_route_word_me_cannot_be_a_handle()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { handle = "ME", password = "correct horse battery" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reserved", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("._")]
    [InlineData("___")]
    public async Task A_handle_without_a_letter_or_digit_is_refused(string handle)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { handle, password = "correct horse battery" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least one letter or digit", (await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["handle"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sign_up_breaking_several_rules_names_every_field_at_once()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { handle = "x", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("Validation failed", problem["title"]!.GetValue<string>());
        Assert.Equal(["handle", "password"], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_display_name_is_refused_and_changes_nothing(string name)
    {
        var ana = await _app.RegisterAsync("ana");

        var response = await ana.Client.PatchAsJsonAsync("/api/users/me", new { displayName = name, bio = "kept out" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["displayName"]);
        Assert.Equal(ana.Handle, (await ana.Client.GetJsonAsync("/api/users/me"))["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handles_are_unique_ignoring_case()
    {
        var ana = await _app.RegisterAsync("ana");

        var again = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { handle = ana.Handle.ToUpperInvariant(), password = "correct horse battery" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
