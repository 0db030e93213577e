using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.State;
using ShortVideo.Recommendation.Storage;
using ShortVideo.Recommendation.Tests.Domain;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>The in-process store and the catalogue's counters survive a restart through their LiteDB snapshot.</summary>
public sealed class HotStateSnapshotsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-snap-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LiteDbDatabase Open() => new(Path.Combine(_folder, "recommendation.db"), new OutboxSignal());

    private static HotStateSnapshots Snapshots(Catalog catalog, LiteDbDatabase db, IHotStateStore state) =>
        new(catalog, new LiteDbFeedStore(db), state, db, Options.Create(new RecommendationOptions()), NullLogger<HotStateSnapshots>.Instance);

    [Fact]
    public async Task Profiles_sessions_and_video_counters_come_back_after_a_restart_and_deletions_stay_deleted()
    {
        var video = Videos.Make("creator", "cats");
        string etag;
        using (var db = Open())
        {
            var store = new InMemoryHotStateStore(TimeProvider.System);
            var catalog = new Catalog(TimeSpan.FromHours(6));
            catalog.Upsert(video);
            catalog.Update(video.Id, v => { v.Views = 42; v.Likes = 7; });
            await store.TrySaveAsync("user:a", Encoding.UTF8.GetBytes("""{"v":1}"""), null);
            await store.TrySaveAsync("user:gone", Encoding.UTF8.GetBytes("""{"v":2}"""), null);
            Snapshots(catalog, db, store).Flush();
            await store.TryDeleteAsync("user:gone");
            Snapshots(catalog, db, store).Flush();
            etag = (await store.GetAsync("user:a"))!.ETag;
        }

        using (var db = Open())
        {
            var store = HotStateSnapshots.Restore(new InMemoryHotStateStore(TimeProvider.System), db);
            var catalog = HotStateSnapshots.Load(new Catalog(TimeSpan.FromHours(6)), new LiteDbFeedStore(db));

            var entry = await store.GetAsync("user:a");
            Assert.Equal("""{"v":1}""", Encoding.UTF8.GetString(entry!.Json));
            Assert.Equal(etag, entry.ETag);
            Assert.Null(await store.GetAsync("user:gone"));
            Assert.Equal((42, 7), (catalog.Find(video.Id)!.Views, catalog.Find(video.Id)!.Likes));
            Assert.Equal(video.Id, Assert.Single(catalog.Tagged("cats", 10)).Id);
            Assert.True(await store.TrySaveAsync("user:a", Encoding.UTF8.GetBytes("""{"v":3}"""), etag), "an ETag read before the restart still names the document");
        }
    }
}
