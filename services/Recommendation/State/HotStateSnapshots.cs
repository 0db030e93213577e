using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation.State;

/// <summary>
/// Writes what changed in memory to LiteDB every <see cref="RecommendationOptions.SnapshotInterval"/>
/// and once more on shutdown: the in-process hot state (when it is the store in use) and the
/// catalogue's counters. A crash loses at most one interval of learning, never a published video.
/// Each flush first sweeps expired documents out of memory, so neither memory nor the file grows with
/// sessions and visitors that are gone.
/// </summary>
public sealed partial class HotStateSnapshots(
    Catalog catalog, IFeedStore feedStore, IHotStateStore state, LiteDbDatabase db, IOptions<RecommendationOptions> options, ILogger<HotStateSnapshots> logger)
    : BackgroundService
{
    public const string Collection = "hotstate";

    /// <summary>Loads the last snapshot into a fresh in-process store.</summary>
    public static InMemoryHotStateStore Restore(InMemoryHotStateStore store, LiteDbDatabase db)
    {
        foreach (var doc in db.Collection<StateDocument>(Collection).FindAll())
        {
            store.Restore(doc.Id, new InMemoryHotStateStore.Stored(doc.Json, doc.Version, doc.ExpiresAt?.ToUniversalTime()));
        }
        return store;
    }

    public static Catalog Load(Catalog catalog, IFeedStore store)
    {
        foreach (var video in store.All())
        {
            video.CreatedAt = video.CreatedAt.ToUniversalTime();
            video.HeatAt = video.HeatAt.ToUniversalTime();
            video.CreatorChangedAt = video.CreatorChangedAt.ToUniversalTime();
            catalog.Upsert(video);
        }
        catalog.TakeDirty();
        return catalog;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SnapshotInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Flush();
        }
        catch (OperationCanceledException)
        {
            // Shutting down: StopAsync writes the last changes.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Flush();
    }

    public void Flush()
    {
        try
        {
            feedStore.Upsert(catalog.TakeDirty());
            if (state is not InMemoryHotStateStore memory) return;
            // Expired documents are otherwise only dropped when read; a visitor who never returns is never read.
            memory.Sweep();
            var changes = memory.TakeChanges();
            if (changes.Count == 0) return;
            db.Write(t =>
            {
                var documents = t.Collection<StateDocument>(Collection);
                foreach (var (key, entry) in changes)
                {
                    if (entry is null) documents.Delete(key);
                    else documents.Upsert(new StateDocument { Id = key, Json = entry.Json, Version = entry.Version, ExpiresAt = entry.ExpiresAt });
                }
            });
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Snapshot to LiteDB failed; the next one retries")]
    private static partial void LogFailed(ILogger logger, Exception e);

    private sealed class StateDocument
    {
        public string Id { get; set; } = "";

        public byte[] Json { get; set; } = [];

        public long Version { get; set; }

        public DateTime? ExpiresAt { get; set; }
    }
}
