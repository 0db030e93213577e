using System.Net;
using System.Text.Json.Nodes;
using LiteDB;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>Several transcode workers side by side take turns at the queue, and each job is done once.</summary>
[Collection(SystemCollection.Name)]
public sealed class TranscodeWorkersTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task Uploads_at_once_are_shared_between_the_competing_transcode_workers()
    {
        var creator = await Api.RegisterAsync(Gateway, "busy");
        var clip = await Media.ClipAsync(360, 640, 2);
        var posts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Api.UploadAsync(Gateway, creator.Token, clip, "clip.mp4", "rush")));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Accepted, p.StatusCode));
        var ids = await Task.WhenAll(posts.Select(async p => (await JsonNode.ParseAsync(await p.Content.ReadAsStreamAsync()))!["id"]!.GetValue<string>()));

        foreach (var id in ids)
        {
            await Api.EventuallyAsync(() => Gateway.GetJsonAsync($"/api/videos/{id}"), v => v["status"]!.GetValue<string>() == "ready", TimeSpan.FromMinutes(3), "ready");
        }

        var workers = JobWorkers(ids);
        Assert.Equal(ids.Length, workers.Count);
        Assert.Equal(SystemFixture.TranscodeWorkers, workers.Values.Distinct().Count());
    }

    /// <summary>Which worker finished each job, read from the workers' shared job file as they run.</summary>
    private Dictionary<string, string> JobWorkers(IEnumerable<string> ids)
    {
        var file = Path.Combine(system.DataRoot, "transcode", "transcode.db");
        using var db = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Shared, ReadOnly = true });
        var jobs = db.GetCollection("jobs");
        return ids.Select(id => jobs.FindById(id)).Where(job => job is not null).ToDictionary(job => job["_id"].AsString, job => job["Worker"].AsString);
    }
}
