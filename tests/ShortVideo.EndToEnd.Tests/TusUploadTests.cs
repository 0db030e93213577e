using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// A resumable upload as the web client will make it: the real tus-js-client (tests/tus-client) through
/// the gateway, interrupted after its first chunk and resumed by a new upload object at the same URL.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class TusUploadTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(3);
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task An_interrupted_tus_upload_resumes_through_the_gateway_from_where_it_stopped()
    {
        var client = await TusClientFolderAsync();
        var creator = await Api.RegisterAsync(Gateway, "tus");
        var clip = await Api.GenerateClipAsync(1080, 1920, 4);
        var file = Path.Combine(Path.GetTempPath(), $"shortvideo-tus-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, clip);
        try
        {
            var endpoint = new Uri(Gateway.BaseAddress!, "/api/uploads").AbsoluteUri;
            var run = await RunAsync("node", client, "upload.mjs", endpoint, file, creator.Token, "--interrupt");
            Assert.True(run.ExitCode == 0, $"upload.mjs exited with {run.ExitCode}: {run.Errors}");
            output.WriteLine(run.Output);

            var result = JsonNode.Parse(run.Output.Trim().Split('\n')[^1])!;
            var uploadUrl = result["uploadUrl"]!.GetValue<string>();
            var before = result["bytesBeforeResume"]!.GetValue<long>();
            Assert.Equal(uploadUrl, result["resumedUrl"]!.GetValue<string>());
            Assert.InRange(before, 1, clip.Length - 1);
            Assert.InRange(result["offsetAtResume"]!.GetValue<long>(), before, clip.Length - 1);
            await AssertCompleteAsync(uploadUrl, creator.Token, clip.Length);
            await PostsAsVideoAsync(uploadUrl, creator.Token);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The finished upload becomes a video by its id, and is consumed: a second post with it is refused.</summary>
    private async Task PostsAsVideoAsync(string uploadUrl, string token)
    {
        var uploadId = uploadUrl.TrimEnd('/').Split('/')[^1];
        MultipartFormDataContent Form() => new() { { new StringContent("resumed #tus"), "caption" }, { new StringContent(uploadId), "uploadId" } };
        var accepted = await Gateway.SendAsync(HttpMethod.Post, "/api/videos", token, Form());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await JsonNode.ParseAsync(await accepted.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>();
        var video = await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"),
            v => v["status"]!.GetValue<string>() != "processing", TimeSpan.FromMinutes(3), "the resumed upload being transcoded");
        Assert.Equal("ready", video["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Gateway.SendAsync(HttpMethod.Post, "/api/videos", token, Form())).StatusCode);
    }

    private async Task AssertCompleteAsync(string uploadUrl, string token, long length)
    {
        var head = new HttpRequestMessage(HttpMethod.Head, uploadUrl).As(token);
        head.Headers.Add("Tus-Resumable", "1.0.0");
        var state = await Gateway.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Equal($"{length}", state.Headers.GetValues("Upload-Offset").Single());
        Assert.Equal($"{length}", state.Headers.GetValues("Upload-Length").Single());
    }

    /// <summary>tests/tus-client with its packages installed, as `npm ci` installs them from the lock file.</summary>
    private static async Task<string> TusClientFolderAsync()
    {
        var folder = FindUpwards(Path.Combine("tests", "tus-client", "package.json"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "tus-js-client")))
        {
            var install = await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund");
            Assert.True(install.ExitCode == 0, $"`npm ci` in {folder} failed with {install.ExitCode}: {install.Errors}");
        }
        return folder;
    }

    private static string FindUpwards(string relativeFile)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, relativeFile))) return Path.GetDirectoryName(Path.Combine(dir.FullName, relativeFile))!;
        }
        throw new FileNotFoundException($"No {relativeFile} above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{program}' could not be started ({ex.Message}): the tus end-to-end test needs Node.js 18+ and npm on PATH.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(NodeTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', args.Take(1))} did not finish within {NodeTimeout.TotalMinutes} minutes.");
            }
            return (process.ExitCode, await output, await errors);
        }
    }
}
