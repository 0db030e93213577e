using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShortVideo.Simulator;

/// <summary>The few public API calls the gateway simulation makes, failing loudly on any error answer.</summary>
public sealed class GatewayClient(Uri gateway) : IDisposable
{
    public HttpClient Http { get; } = new() { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(2) };

    public async Task<(string Id, string Token)> RegisterAsync(string prefix)
    {
        var answer = await Http.PostAsJsonAsync("/api/auth/register", new { handle = $"{prefix}{Guid.NewGuid():N}"[..20], password = "simulated users" });
        var body = await answer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonNode>();
        return (body!["userId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>As a signed-in user (<paramref name="token"/>) or a signed-out visitor (<paramref name="visitorId"/>, sent as <c>X-Visitor-Id</c>).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token, HttpContent? content = null, string? visitorId = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (visitorId is not null) request.Headers.Add("X-Visitor-Id", visitorId);
        var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public void Dispose() => Http.Dispose();
}
