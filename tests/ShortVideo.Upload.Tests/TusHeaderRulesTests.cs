using System.Net;

namespace ShortVideo.Upload.Tests;

/// <summary>What every tus answer carries, and the requests refused before they touch an upload.</summary>
public sealed class TusHeaderRulesTests(TusServer server) : IClassFixture<TusServer>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Options_describes_the_server_without_a_token()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/uploads"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", response.Header("Tus-Version"));
        Assert.Equal("1.0.0", response.Header("Tus-Resumable"));
        Assert.Equal($"{TusServer.MaxBytes}", response.Header("Tus-Max-Size"));
        Assert.Equal("sha1", response.Header("Tus-Checksum-Algorithm"));
        Assert.Equal(["creation", "creation-defer-length", "termination", "expiration", "checksum"], response.Header("Tus-Extension")!.Split(','));
    }

    [Fact]
    public async Task Without_a_token_every_other_request_is_unauthorized_and_still_speaks_tus()
    {
        var response = await Client.PostAsync(null, ("Upload-Length", "10"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("1.0.0", response.Header("Tus-Resumable"));
        var exposed = response.Header("Access-Control-Expose-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("Upload-Offset", exposed);
        Assert.Contains("Location", exposed);
    }

    [Fact]
    public async Task Another_protocol_version_is_a_failed_precondition_naming_ours()
    {
        var (_, token) = server.NewUser();
        var request = TusRequests.Tus(HttpMethod.Post, "/api/uploads", token);
        request.Headers.Remove("Tus-Resumable");
        request.Headers.Add("Tus-Resumable", "0.2.2");
        request.Headers.Add("Upload-Length", "10");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("1.0.0", response.Header("Tus-Version"));
    }

    [Fact]
    public async Task A_patch_that_is_not_an_offset_octet_stream_is_unsupported_media()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 10);

        var response = await Client.PatchAsync(token, url, 0, new byte[10], contentType: "application/octet-stream");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, (await Client.HeadAsync(token, url)).Offset());
    }

    [Theory]
    [InlineData("Upload-Length", "-5")]
    [InlineData("Upload-Length", "ten")]
    [InlineData("Upload-Defer-Length", "2")]
    public async Task A_creation_without_a_usable_length_is_a_bad_request(string header, string value)
    {
        var (_, token) = server.NewUser();

        var response = await Client.PostAsync(token, (header, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_metadata_is_a_bad_request()
    {
        var (_, token) = server.NewUser();

        var response = await Client.PostAsync(token, ("Upload-Length", "10"), ("Upload-Metadata", "filename not*base64"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
