using System.Net;
using System.Text;

namespace ShortVideo.Upload.Tests;

/// <summary>The tus 1.0 server against real HTTP: core, creation, creation-defer-length and checksum.</summary>
public sealed class TusProtocolTests(TusServer server) : IClassFixture<TusServer>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task An_upload_created_and_patched_in_two_chunks_reports_its_full_offset()
    {
        var (_, token) = server.NewUser();
        var bytes = TusRequests.RandomBytes(300_000);
        var metadata = $"filename {B64("clip.mp4")},filetype {B64("video/mp4")},private";

        var created = await Client.PostAsync(token, ("Upload-Length", "300000"), ("Upload-Metadata", metadata));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("1.0.0", created.Header("Tus-Resumable"));
        Assert.NotNull(created.Header("Upload-Expires"));
        var url = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/uploads/", url);

        var first = await Client.PatchAsync(token, url, 0, bytes[..200_000], TusRequests.Sha1(bytes[..200_000]));
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(200_000, first.Offset());
        Assert.NotNull(first.Header("Upload-Expires"));
        var second = await Client.PatchAsync(token, url, 200_000, bytes[200_000..]);
        Assert.Equal(300_000, second.Offset());

        var head = await Client.HeadAsync(token, url);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(300_000, head.Offset());
        Assert.Equal("300000", head.Header("Upload-Length"));
        Assert.Equal(metadata, head.Header("Upload-Metadata"));
        Assert.True(head.Headers.CacheControl?.NoStore);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(server.PartFile(url)));
    }

    [Fact]
    public async Task A_patch_at_the_wrong_offset_is_a_conflict_and_changes_nothing()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 100);
        await Client.PatchAsync(token, url, 0, new byte[40]);

        var response = await Client.PatchAsync(token, url, 10, new byte[10]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(40, (await Client.HeadAsync(token, url)).Offset());
    }

    [Fact]
    public async Task A_checksum_mismatch_answers_460_and_discards_the_bytes_of_that_patch()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 1000);
        var bytes = TusRequests.RandomBytes(1000);

        var wrong = await Client.PatchAsync(token, url, 0, bytes, TusRequests.Sha1(new byte[1000]));

        Assert.Equal(460, (int)wrong.StatusCode);
        Assert.Equal(0, (await Client.HeadAsync(token, url)).Offset());
        Assert.Equal(0, new FileInfo(server.PartFile(url)).Length);
        var right = await Client.PatchAsync(token, url, 0, bytes, TusRequests.Sha1(bytes));
        Assert.Equal(1000, right.Offset());
    }

    [Fact]
    public async Task An_unsupported_checksum_algorithm_is_a_bad_request()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 10);

        var response = await Client.PatchAsync(token, url, 0, new byte[10], "md5 " + Convert.ToBase64String(new byte[16]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_deferred_length_is_declared_by_a_later_patch()
    {
        var (_, token) = server.NewUser();
        var created = await Client.PostAsync(token, ("Upload-Defer-Length", "1"));
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal("1", (await Client.HeadAsync(token, url)).Header("Upload-Defer-Length"));

        await Client.PatchAsync(token, url, 0, new byte[30]);
        var request = TusRequests.Tus(HttpMethod.Patch, url, token, new ByteArrayContent(new byte[20]));
        request.Content!.Headers.ContentType = new(TusRequests.OffsetOctetStream);
        request.Headers.Add("Upload-Offset", "30");
        request.Headers.Add("Upload-Length", "50");
        Assert.Equal(50, (await Client.SendAsync(request)).Offset());

        var head = await Client.HeadAsync(token, url);
        Assert.Equal(("50", 50L), (head.Header("Upload-Length"), head.Offset()));
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
