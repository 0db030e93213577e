using System.Net;

namespace ShortVideo.Upload.Tests;

/// <summary>What makes an upload resumable: a cut-off PATCH keeps what arrived, and one writer at a time.</summary>
public sealed class TusInterruptionTests(TusServer server) : IClassFixture<TusServer>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task A_patch_cut_off_mid_way_keeps_the_bytes_received_and_the_upload_resumes_from_there()
    {
        var (_, token) = server.NewUser();
        var bytes = TusRequests.RandomBytes(200_000);
        var url = await Client.CreateAsync(token, bytes.Length);

        // The cut comes only once the server has written what was sent: bytes still in its socket buffer when the
        // connection resets are lost with it, and a slow first request (a cold JIT on a busy machine) would lose some.
        var written = () => EventuallyAsync(() => Task.FromResult(new FileInfo(server.PartFile(url)).Length), length => length == 120_000, "the sent bytes being written");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() =>
            Client.PatchAsync(token, url, 0, new CutOffContent(bytes[..120_000], declaredLength: bytes.Length, written)));

        var head = await EventuallyAsync(() => Client.HeadAsync(token, url), r => r.Offset() == 120_000, "the received bytes being recorded");
        var resumed = await Client.PatchAsync(token, url, head.Offset()!.Value, bytes[120_000..]);
        Assert.Equal(200_000, resumed.Offset());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(server.PartFile(url)));
    }

    [Fact]
    public async Task A_second_patch_while_one_is_writing_is_refused_as_locked()
    {
        var (_, token) = server.NewUser();
        var url = await Client.CreateAsync(token, 100);
        var release = new TaskCompletionSource();
        var slow = Client.PatchAsync(token, url, 0, new GatedContent(new byte[60], new byte[40], release.Task));
        await EventuallyAsync(() => Task.FromResult(new FileInfo(server.PartFile(url)).Length), length => length == 60, "the first bytes being written");

        var second = await Client.PatchAsync(token, url, 0, new byte[100]);
        Assert.Equal(HttpStatusCode.Locked, second.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, (await Client.DeleteAsync(token, url)).StatusCode);

        release.SetResult();
        Assert.Equal(100, (await slow).Offset());
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        T last;
        while (!condition(last = await read()))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{what} did not happen within 10 s");
            await Task.Delay(50);
        }
        return last;
    }

    /// <summary>Sends part of a body that declares more, waits for the server to take it in, then drops the connection.</summary>
    private sealed class CutOffContent(byte[] sent, long declaredLength, Func<Task> takenIn) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(sent);
            await stream.FlushAsync();
            await takenIn();
            throw new IOException("The network went away mid-upload.");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = declaredLength;
            return true;
        }
    }

    /// <summary>Sends the first bytes, then holds the request open until the test lets it finish.</summary>
    private sealed class GatedContent(byte[] first, byte[] rest, Task gate) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            await gate;
            await stream.WriteAsync(rest);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = first.Length + rest.Length;
            return true;
        }
    }
}
