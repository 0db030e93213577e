using Dapr;
using Dapr.Client;
using ShortVideo.Recommendation.State;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>The contract against the Dapr adapter, through the real Dapr.Client, talking to <see cref="DaprSidecarStandIn"/> (no daprd can run here).</summary>
public sealed class DaprHotStateStoreTests : HotStateContract, IAsyncLifetime
{
    private const string StoreName = "recommendation-state";
    private DaprSidecarStandIn _sidecar = null!;
    private DaprClient _client = null!;

    protected override IHotStateStore Store => new DaprHotStateStore(_client, StoreName);

    public async Task InitializeAsync()
    {
        _sidecar = await DaprSidecarStandIn.StartAsync(StoreName);
        _client = new DaprClientBuilder().UseGrpcEndpoint(_sidecar.Endpoint).Build();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _sidecar.DisposeAsync();
    }

    [Fact]
    public async Task A_store_name_the_sidecar_does_not_have_fails_loudly()
    {
        var wrong = new DaprHotStateStore(_client, "no-such-store");

        await Assert.ThrowsAsync<DaprException>(() => wrong.GetAsync("k"));
    }
}
