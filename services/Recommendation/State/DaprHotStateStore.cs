using System.Globalization;
using System.Text.Json;
using Dapr.Client;

namespace ShortVideo.Recommendation.State;

/// <summary>
/// Hot state in a Dapr state store (Redis, Cosmos DB, PostgreSQL ... as the component says), shared
/// by every recommender replica. Documents are stored as JSON; ETags are the store's own; a TTL
/// becomes Dapr's <c>ttlInSeconds</c> metadata.
/// </summary>
public sealed class DaprHotStateStore(DaprClient dapr, string storeName) : IHotStateStore
{
    public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var (value, etag) = await dapr.GetStateAndETagAsync<JsonElement>(storeName, key, cancellationToken: cancellationToken);
        return value.ValueKind == JsonValueKind.Undefined || string.IsNullOrEmpty(etag) ? null : new StateEntry(key, JsonSerializer.SerializeToUtf8Bytes(value), etag);
    }

    public async Task<IReadOnlyList<StateEntry>> GetBulkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return [];
        var items = await dapr.GetBulkStateAsync(storeName, keys.Distinct().ToList(), parallelism: null, cancellationToken: cancellationToken);
        return items.Where(i => !string.IsNullOrEmpty(i.Value) && !string.IsNullOrEmpty(i.ETag))
            .Select(i => new StateEntry(i.Key, System.Text.Encoding.UTF8.GetBytes(i.Value), i.ETag)).ToList();
    }

    public async Task<bool> TrySaveAsync(string key, byte[] json, string? etag, TimeSpan? ttl = null, CancellationToken cancellationToken = default)
    {
        var value = JsonDocument.Parse(json).RootElement;
        var metadata = ttl is { } t ? new Dictionary<string, string> { ["ttlInSeconds"] = ((int)Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture) } : null;
        if (etag is null)
        {
            await dapr.SaveStateAsync(storeName, key, value, metadata: metadata, cancellationToken: cancellationToken);
            return true;
        }
        var options = new StateOptions { Concurrency = ConcurrencyMode.FirstWrite };
        return await dapr.TrySaveStateAsync(storeName, key, value, etag, options, metadata, cancellationToken);
    }

    public async Task<bool> TryDeleteAsync(string key, string? etag = null, CancellationToken cancellationToken = default)
    {
        if (etag is not null) return await dapr.TryDeleteStateAsync(storeName, key, etag, cancellationToken: cancellationToken);
        await dapr.DeleteStateAsync(storeName, key, cancellationToken: cancellationToken);
        return true;
    }
}
