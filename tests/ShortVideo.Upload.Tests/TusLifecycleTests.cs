using System.Net;
using System.Text;

namespace ShortVideo.Upload.Tests;

/// <summary>Whose an upload is, how it ends (claimed, terminated) and how large it may grow.</summary>
public sealed class TusLifecycleTests(TusServer server) : IClassFixture<TusServer>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task A_finished_upload_is_claimed_by_its_owner_and_gone_once_released()
    {
        var (userId, token) = server.NewUser();
        var bytes = TusRequests.RandomBytes(1000);
        var url = await Client.CreateAsync(token, bytes.Length, $"filename {B64("clip.mp4")},filetype {B64("video/mp4")}");
        Assert.Null(server.Uploads.Claim(TusServer.IdOf(url), userId));
        await Client.PatchAsync(token, url, 0, bytes);

        var claimed = server.Uploads.Claim(TusServer.IdOf(url), userId);

        Assert.NotNull(claimed);
        Assert.Equal(("clip.mp4", "video/mp4", 1000L), (claimed.FileName, claimed.FileType, claimed.Length));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(claimed.LocalPath));
        server.Uploads.Release(claimed.Id);
        Assert.False(File.Exists(claimed.LocalPath));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.HeadAsync(token, url)).StatusCode);
        Assert.Null(server.Uploads.Claim(TusServer.IdOf(url), userId));
    }

    [Fact]
    public async Task Another_users_upload_is_not_found_and_stays_untouched()
    {
        var owner = server.NewUser();
        var (strangerId, stranger) = server.NewUser();
        var url = await Client.CreateAsync(owner.Token, 20);
        await Client.PatchAsync(owner.Token, url, 0, new byte[20]);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.HeadAsync(stranger, url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PatchAsync(stranger, url, 20, new byte[1])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync(stranger, url)).StatusCode);
        Assert.Null(server.Uploads.Claim(TusServer.IdOf(url), strangerId));
        Assert.NotNull(server.Uploads.Claim(TusServer.IdOf(url), owner.UserId));
        Assert.Equal(20, (await Client.HeadAsync(owner.Token, url)).Offset());
    }

    [Fact]
    public async Task Termination_deletes_the_upload_and_its_file()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 100);
        await Client.PatchAsync(token, url, 0, new byte[50]);
        var file = server.PartFile(url);
        Assert.True(File.Exists(file));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync(token, url)).StatusCode);

        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.HeadAsync(token, url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PatchAsync(token, url, 50, new byte[1])).StatusCode);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_at_creation()
    {
        var (_, token) = server.NewUser();

        var response = await Client.PostAsync(token, ("Upload-Length", $"{TusServer.MaxBytes + 1}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Bytes_past_the_declared_length_are_refused_and_the_offset_stays()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 10);

        var response = await Client.PatchAsync(token, url, 0, new byte[11]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await Client.HeadAsync(token, url)).Offset());
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
