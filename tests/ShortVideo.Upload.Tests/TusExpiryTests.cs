using System.Net;

namespace ShortVideo.Upload.Tests;

/// <summary>The expiration extension: abandoned uploads go away on their own, finished ones wait to be claimed.</summary>
public sealed class TusExpiryTests : IAsyncLifetime
{
    // Long enough that the finished upload is finished well before it could expire, on a loaded machine too (at 400 ms a CI run
    // once saw it expire between its creation and its PATCH); short enough to wait for.
    private readonly TusServer _server = new(expiration: TimeSpan.FromSeconds(2), sweepInterval: TimeSpan.FromMilliseconds(100));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task An_abandoned_upload_is_deleted_with_its_file_once_it_expires()
    {
        var (userId, token) = _server.NewUser();
        var abandoned = await _server.Client.CreateAsync(token, 100);
        await _server.Client.PatchAsync(token, abandoned, 0, new byte[10]);
        var finished = await _server.Client.CreateAsync(token, 10);
        Assert.Equal(HttpStatusCode.NoContent, (await _server.Client.PatchAsync(token, finished, 0, new byte[10])).StatusCode);
        var file = _server.PartFile(abandoned);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (File.Exists(file))
        {
            Assert.True(DateTime.UtcNow < deadline, "the expired upload's file was not deleted within 15 s");
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.HeadAsync(token, abandoned)).StatusCode);
        Assert.NotNull(_server.Uploads.Claim(TusServer.IdOf(finished), userId));
    }
}
