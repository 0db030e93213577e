using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace ShortVideo.ServiceDefaults.Tests;

/// <summary>A service built with the defaults, in either environment, answering bodies it cannot read.</summary>
public sealed class BadRequestTests
{
    private sealed record Login(string Handle, string Password);

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPost("/login", (Login login) => Results.Ok(login.Handle));
        app.MapGet("/page", ([Microsoft.AspNetCore.Mvc.FromQuery] int? limit) => Results.Ok(limit));
        app.MapGet("/paged", ([Microsoft.AspNetCore.Mvc.FromQuery] int? limit) => Results.Ok(Http.Paging.Limit(limit)));
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.Single()) });
    }

    [Theory]
    [InlineData("Production", "xxxx", "body", "The body is not valid JSON: 'x' is an invalid start of a value.")]
    [InlineData("Development", "xxxx", "body", "The body is not valid JSON: 'x' is an invalid start of a value.")]
    [InlineData("Production", """{"handle":5,"password":"p"}""", "handle", "The value of \"handle\" is not of the expected type or format.")]
    [InlineData("Production", "[1,2]", "body", "The body is JSON but not an object of the expected shape.")]
    [InlineData("Production", """{"handle":"ada""", "body", "The body is not valid JSON: Expected end of string, but instead reached end of data.")]
    [InlineData("Production", "", "body", "A JSON body is required.")]
    public async Task A_body_that_cannot_be_read_is_a_400_naming_the_field_and_the_rule(string environment, string body, string field, string rule)
    {
        var (app, client) = await StartAsync(environment);
        await using (app)
        using (client)
        {
            using var response = await client.PostAsync("/login", new StringContent(body, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Equal(rule, problem["detail"]!.GetValue<string>());
            Assert.Equal(rule, problem["errors"]![field]![0]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("abc", "\"abc\" is not a whole number (within range).")]
    [InlineData("99999999999", "\"99999999999\" is not a whole number (within range).")]
    public async Task A_query_value_that_cannot_be_read_is_a_400_naming_the_parameter_not_its_CSharp_type(string limit, string rule)
    {
        var (app, client) = await StartAsync("Production");
        await using (app)
        using (client)
        {
            using var response = await client.GetAsync($"/page?limit={limit}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Equal(rule, problem["detail"]!.GetValue<string>());
            Assert.Equal(rule, problem["errors"]!["limit"]![0]!.GetValue<string>());
            Assert.Equal("7", await (await client.GetAsync("/page?limit=7")).Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("Production", "0")]
    [InlineData("Development", "-5")]
    public async Task A_limit_under_1_is_a_400_validation_problem_naming_limit(string environment, string limit)
    {
        var (app, client) = await StartAsync(environment);
        await using (app)
        using (client)
        {
            using var response = await client.GetAsync($"/paged?limit={limit}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Equal("Validation failed", problem["title"]!.GetValue<string>());
            var rule = $"\"{limit}\" is not a page size: ask for 1 to 100 items.";
            Assert.Equal(rule, problem["detail"]!.GetValue<string>());
            Assert.Equal(rule, problem["errors"]!["limit"]![0]!.GetValue<string>());
            Assert.Equal("100", await (await client.GetAsync("/paged?limit=500")).Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    public async Task A_body_that_is_not_JSON_by_its_type_is_a_415_naming_the_body(string? contentType)
    {
        var (app, client) = await StartAsync("Production");
        await using (app)
        using (client)
        {
            var content = new StringContent("""{"handle":"ada","password":"p"}""");
            content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

            using var response = await client.PostAsync("/login", content);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Equal("Send the body as JSON, with Content-Type: application/json.", problem["detail"]?.GetValue<string>());
            Assert.Equal("Send the body as JSON, with Content-Type: application/json.", problem["errors"]?["body"]?[0]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_readable_body_still_reaches_the_endpoint()
    {
        var (app, client) = await StartAsync("Production");
        await using (app)
        using (client)
        {
            using var response = await client.PostAsJsonAsync("/login", new { handle = "ada", password = "p" });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"ada\"", await response.Content.ReadAsStringAsync());
        }
    }
}
