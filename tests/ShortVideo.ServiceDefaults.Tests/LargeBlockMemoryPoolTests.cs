using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.ServiceDefaults.Tests;

public sealed class LargeBlockMemoryPoolTests
{
    [Fact]
    public void Blocks_are_64_KB_and_a_returned_block_is_rented_again()
    {
        using var pool = new LargeBlockMemoryPool();
        var first = pool.Rent();
        Assert.Equal(LargeBlockMemoryPool.BlockSize, first.Memory.Length);
        first.Memory.Span[0] = 42;
        first.Dispose();

        using var second = pool.Rent(4096);
        Assert.Same(first, second);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(LargeBlockMemoryPool.BlockSize + 1));
    }

    [Fact]
    public void Disposing_a_block_twice_returns_it_once()
    {
        using var pool = new LargeBlockMemoryPool();
        var block = pool.Rent();
        block.Dispose();
        block.Dispose();

        using var a = pool.Rent();
        using var b = pool.Rent();
        Assert.NotSame(a, b);
    }

    [Fact]
    public async Task A_service_built_with_the_defaults_receives_into_large_blocks()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddServiceDefaults();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/pool", (HttpContext http) => http.Features.Get<IMemoryPoolFeature>()?.MemoryPool.GetType().Name ?? "none");
        await app.StartAsync();

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var response = await client.GetAsync(new Uri("/pool", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(nameof(LargeBlockMemoryPool), await response.Content.ReadAsStringAsync());
    }
}
