using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace ShortVideo.Upload.Tests;

/// <summary>What a tus client sends, in as few words as the tests need.</summary>
internal static class TusRequests
{
    public const string OffsetOctetStream = "application/offset+octet-stream";

    public static HttpRequestMessage Tus(HttpMethod method, string url, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("Tus-Resumable", "1.0.0");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string? token, params (string Name, string Value)[] headers)
    {
        var request = Tus(HttpMethod.Post, "/api/uploads", token);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return client.SendAsync(request);
    }

    /// <summary>Creates an upload of <paramref name="length"/> bytes and answers its URL.</summary>
    public static async Task<string> CreateAsync(this HttpClient client, string token, long length, string? metadata = null)
    {
        var response = metadata is null
            ? await client.PostAsync(token, ("Upload-Length", $"{length}"))
            : await client.PostAsync(token, ("Upload-Length", $"{length}"), ("Upload-Metadata", metadata));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> PatchAsync(
        this HttpClient client, string? token, string url, long offset, byte[] bytes, string? checksum = null, string contentType = OffsetOctetStream) =>
        client.PatchAsync(token, url, offset, new ByteArrayContent(bytes), checksum, contentType);

    public static Task<HttpResponseMessage> PatchAsync(
        this HttpClient client, string? token, string url, long offset, HttpContent content, string? checksum = null, string contentType = OffsetOctetStream)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var request = Tus(HttpMethod.Patch, url, token, content);
        request.Headers.Add("Upload-Offset", $"{offset}");
        if (checksum is not null) request.Headers.Add("Upload-Checksum", checksum);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> HeadAsync(this HttpClient client, string? token, string url) =>
        client.SendAsync(Tus(HttpMethod.Head, url, token));

    public static Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string? token, string url) =>
        client.SendAsync(Tus(HttpMethod.Delete, url, token));

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public static long? Offset(this HttpResponseMessage response) =>
        long.TryParse(response.Header("Upload-Offset"), out var offset) ? offset : null;

    public static string Sha1(byte[] bytes) => "sha1 " + Convert.ToBase64String(SHA1.HashData(bytes));

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
