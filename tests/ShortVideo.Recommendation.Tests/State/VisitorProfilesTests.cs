using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.State;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>Signed-out visitors' profiles: a namespace of their own, a lifetime that each change renews, and no trace once expired.</summary>
public sealed class VisitorProfilesTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-visitors-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryHotStateStore _store;
    private readonly Profiles _profiles;

    public VisitorProfilesTests()
    {
        _store = new InMemoryHotStateStore(_clock);
        _profiles = new Profiles(new StateDocuments(_store));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_visitor_id_equal_to_a_user_id_names_a_different_profile()
    {
        const string same = "0123456789abcdef0123456789abcdef";
        await _profiles.UpdateAsync(same, p => p.Seen["watched-by-the-user"] = _clock.Now);
        await _profiles.UpdateVisitorAsync(same, p => p.Seen["watched-by-the-visitor"] = _clock.Now, Lifetime);

        Assert.Equal(["watched-by-the-user"], (await _profiles.FindAsync(same))!.Seen.Keys);
        var visitor = StateDocuments.Read<UserProfile>(await _store.GetAsync(Viewer.Visitor(same).ProfileKey!)).Value!;
        Assert.Equal(["watched-by-the-visitor"], visitor.Seen.Keys);
        Assert.Equal("visitor:" + same, visitor.UserId);
        Assert.NotEqual(Viewer.User(same).ProfileKey, Viewer.Visitor(same).ProfileKey);
        Assert.Equal(Viewer.User("u"), Viewer.Of("u", "a-visitor-id-ignored-when-signed-in"));
        Assert.Null(Viewer.Of(null, null).ProfileKey);
    }

    [Fact]
    public async Task An_idle_visitors_profile_expires_and_every_change_renews_it()
    {
        var key = Profiles.VisitorKey("visitor-0123456789");
        await _profiles.UpdateVisitorAsync("visitor-0123456789", p => p.Signals++, Lifetime);
        _clock.Advance(TimeSpan.FromDays(6));
        await _profiles.UpdateVisitorAsync("visitor-0123456789", p => p.Signals++, Lifetime);
        _clock.Advance(TimeSpan.FromDays(6));

        Assert.Equal(2, StateDocuments.Read<UserProfile>(await _store.GetAsync(key)).Value!.Signals);
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        Assert.Null(await _store.GetAsync(key));
    }

    [Fact]
    public async Task A_new_visitors_first_two_events_handled_at_once_both_count()
    {
        var profiles = new Profiles(new StateDocuments(new OverlappingReadsStore(_store, overlap: 2)));

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => profiles.UpdateVisitorAsync("quick-swiper-0123", p => p.Signals++, Lifetime))));

        Assert.Equal(2, StateDocuments.Read<UserProfile>(await _store.GetAsync(Profiles.VisitorKey("quick-swiper-0123"))).Value!.Signals);
    }

    [Fact]
    public async Task Expired_visitors_leave_memory_and_the_snapshot_file_while_users_stay()
    {
        using var db = new LiteDbDatabase(Path.Combine(_folder, "recommendation.db"), new OutboxSignal());
        var snapshots = new HotStateSnapshots(new Catalog(TimeSpan.FromHours(6)), new LiteDbFeedStore(db), _store, db,
            Options.Create(new RecommendationOptions()), NullLogger<HotStateSnapshots>.Instance);
        await _profiles.UpdateAsync("user-1", p => p.Signals++);
        for (var v = 0; v < 3; v++) await _profiles.UpdateVisitorAsync($"visitor-{v}-0123456789", p => p.Signals++, Lifetime);
        snapshots.Flush();
        Assert.Equal(4, StoredKeys(db).Count);

        _clock.Advance(Lifetime + TimeSpan.FromMinutes(1));
        await _profiles.UpdateVisitorAsync("visitor-3-0123456789", p => p.Signals++, Lifetime);
        snapshots.Flush();

        Assert.Equal(["user:user-1", "visitor:visitor-3-0123456789"], StoredKeys(db).Order());
        Assert.Equal(0, _store.Sweep());
        var restored = HotStateSnapshots.Restore(new InMemoryHotStateStore(_clock), db);
        Assert.NotNull(await restored.GetAsync("user:user-1"));
        Assert.Null(await restored.GetAsync("visitor:visitor-0-0123456789"));
    }

    private static List<string> StoredKeys(LiteDbDatabase db) =>
        db.Collection<BsonDocument>(HotStateSnapshots.Collection).FindAll().Select(d => d["_id"].AsString).ToList();

    /// <summary>
    /// A store whose reads wait (a moment at most) for one another after reading, so two updates of one
    /// new document overlap as two consumers' can: both read "none" unless the updates take turns.
    /// </summary>
    private sealed class OverlappingReadsStore(IHotStateStore inner, int overlap) : IHotStateStore
    {
        private readonly TaskCompletionSource _overlapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
        {
            var entry = await inner.GetAsync(key, cancellationToken);
            if (Interlocked.Increment(ref _reads) >= overlap) _overlapped.TrySetResult();
            await Task.WhenAny(_overlapped.Task, Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken));
            return entry;
        }

        public Task<IReadOnlyList<StateEntry>> GetBulkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) => inner.GetBulkAsync(keys, cancellationToken);

        public Task<bool> TrySaveAsync(string key, byte[] json, string? etag, TimeSpan? ttl = null, CancellationToken cancellationToken = default) =>
            inner.TrySaveAsync(key, json, etag, ttl, cancellationToken);

        public Task<bool> TryDeleteAsync(string key, string? etag = null, CancellationToken cancellationToken = default) => inner.TryDeleteAsync(key, etag, cancellationToken);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public DateTime Now => _now.UtcDateTime;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
