using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace ShortVideo.ServiceDefaults.Tests;

/// <summary>Every service with the defaults writes times one way in its answers.</summary>
public sealed class TimestampTests
{
    private sealed record Times(DateTimeOffset Offset, DateTime Utc, DateTime Unspecified, DateTimeOffset? Missing);

    [Fact]
    public async Task Times_are_written_in_UTC_to_the_millisecond_with_a_Z_and_read_back_from_any_ISO_form()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        var instant = new DateTime(2026, 12, 2, 7, 47, 17, DateTimeKind.Utc).AddTicks(7_818_559);
        app.MapGet("/times", () => new Times(new DateTimeOffset(instant).ToOffset(TimeSpan.FromHours(2)), instant, DateTime.SpecifyKind(instant, DateTimeKind.Unspecified), null));
        app.MapPost("/echo", (Times times) => times.Offset.UtcTicks);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var times = JsonNode.Parse(await client.GetStringAsync("/times"))!;

        Assert.All(new[] { "offset", "utc", "unspecified" }, name => Assert.Equal("2026-12-02T07:47:17.781Z", times[name]!.GetValue<string>()));
        Assert.Null(times["missing"]);
        var sent = new StringContent("""{"offset":"2026-12-02T09:47:17.7818559+02:00","utc":"2026-12-02T07:47:17Z","unspecified":"2026-12-02T07:47:17"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(instant.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), await (await client.PostAsync("/echo", sent)).Content.ReadAsStringAsync());
    }
}
