using System.Diagnostics.Metrics;
using Dapr.Client;
using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.State;
using ShortVideo.Recommendation.Tests.Domain;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>
/// Two recommender replicas, each with its own catalogue, sharing profiles and sessions through the
/// Dapr adapter (against <see cref="DaprSidecarStandIn"/>): a session started on one continues on the other.
/// </summary>
public sealed class SharedStateReplicasTests : IAsyncLifetime
{
    private DaprSidecarStandIn _sidecar = null!;
    private DaprClient _client = null!;

    public async Task InitializeAsync()
    {
        _sidecar = await DaprSidecarStandIn.StartAsync("recommendation-state");
        _client = new DaprClientBuilder().UseGrpcEndpoint(_sidecar.Endpoint).Build();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _sidecar.DisposeAsync();
    }

    private (ForYouService Feed, Profiles Profiles) Replica(IReadOnlyList<Storage.FeedVideo> videos)
    {
        var options = new RecommendationOptions();
        var catalog = new Catalog(options.HeatHalfLife);
        foreach (var v in videos) catalog.Upsert(v);
        var documents = new StateDocuments(new DaprHotStateStore(_client, "recommendation-state"));
        var profiles = new Profiles(documents);
        var feed = new ForYouFeed(catalog, new CandidateSources(catalog, new CoEngagement()), () => RankerModel.Default, options);
        return (new ForYouService(feed, catalog, documents, new FeedMetrics(new Meters()), TimeProvider.System, Options.Create(options)), profiles);
    }

    [Fact]
    public async Task A_session_started_on_one_replica_continues_on_another_without_repeats_and_a_block_applies_on_both()
    {
        var videos = Enumerable.Range(0, 30).Select(i => Videos.Make($"c{i % 6}", $"t{i % 3}")).ToList();
        var (a, b) = (Replica(videos), Replica(videos));
        await a.Profiles.UpdateAsync("viewer", p => p.Blocked.Add("c0"));

        var first = (await a.Feed.PageAsync(Viewer.User("viewer"), SessionCursor.Start(), 8))!;
        Assert.True(SessionCursor.TryDecode(first.NextCursor!, out var cursor));
        // A first page is not stored (its cursor carries it); the second page opens the session.
        var store = new DaprHotStateStore(_client, "recommendation-state");
        Assert.Null(await store.GetAsync($"session:{cursor.SessionId}"));
        var second = (await b.Feed.PageAsync(Viewer.User("viewer"), cursor, 8))!;
        Assert.NotNull(await store.GetAsync($"session:{cursor.SessionId}"));
        var again = (await a.Feed.PageAsync(Viewer.User("viewer"), cursor, 8))!;

        var served = first.Items.Concat(second.Items).Select(i => i.Video.Id).ToList();
        Assert.Equal(16, served.Count);
        Assert.Equal(served.Count, served.Distinct().Count());
        Assert.Equal(second.Items.Select(i => i.Video.Id), again.Items.Select(i => i.Video.Id));
        Assert.DoesNotContain(first.Items.Concat(second.Items), i => i.Video.CreatorId == "c0");
    }

    private sealed class Meters : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
