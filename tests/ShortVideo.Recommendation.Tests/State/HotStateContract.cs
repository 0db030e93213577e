using System.Text;
using ShortVideo.Recommendation.State;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>What every adapter of <see cref="IHotStateStore"/> promises. Each adapter's test class runs these against its own store.</summary>
public abstract class HotStateContract
{
    protected abstract IHotStateStore Store { get; }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StateEntry? entry) => Encoding.UTF8.GetString(Assert.IsType<StateEntry>(entry).Json);

    private static string Key() => $"k:{Guid.NewGuid():N}";

    [Fact]
    public async Task A_missing_key_reads_as_nothing()
    {
        Assert.Null(await Store.GetAsync(Key()));
    }

    [Fact]
    public async Task A_saved_document_reads_back_with_an_etag()
    {
        var key = Key();
        Assert.True(await Store.TrySaveAsync(key, Json("""{"a":1,"b":"x"}"""), etag: null));

        var entry = await Store.GetAsync(key);

        Assert.Equal("""{"a":1,"b":"x"}""", Text(entry));
        Assert.False(string.IsNullOrEmpty(entry!.ETag));
    }

    [Fact]
    public async Task A_save_naming_the_current_etag_wins_and_a_stale_one_loses()
    {
        var key = Key();
        await Store.TrySaveAsync(key, Json("""{"v":1}"""), null);
        var first = (await Store.GetAsync(key))!;

        Assert.True(await Store.TrySaveAsync(key, Json("""{"v":2}"""), first.ETag));
        Assert.False(await Store.TrySaveAsync(key, Json("""{"v":3}"""), first.ETag));

        var now = await Store.GetAsync(key);
        Assert.Equal("""{"v":2}""", Text(now));
        Assert.NotEqual(first.ETag, now!.ETag);
    }

    [Fact]
    public async Task A_delete_naming_a_stale_etag_loses_and_the_current_one_wins()
    {
        var key = Key();
        await Store.TrySaveAsync(key, Json("""{"v":1}"""), null);
        var stale = (await Store.GetAsync(key))!.ETag;
        await Store.TrySaveAsync(key, Json("""{"v":2}"""), null);

        Assert.False(await Store.TryDeleteAsync(key, stale));
        Assert.NotNull(await Store.GetAsync(key));
        Assert.True(await Store.TryDeleteAsync(key, (await Store.GetAsync(key))!.ETag));
        Assert.Null(await Store.GetAsync(key));
    }

    [Fact]
    public async Task An_unconditional_delete_removes_the_key()
    {
        var key = Key();
        await Store.TrySaveAsync(key, Json("""{"v":1}"""), null);

        Assert.True(await Store.TryDeleteAsync(key));

        Assert.Null(await Store.GetAsync(key));
    }

    [Fact]
    public async Task A_bulk_read_returns_the_keys_that_exist()
    {
        var (a, b, missing) = (Key(), Key(), Key());
        await Store.TrySaveAsync(a, Json("""{"n":"a"}"""), null);
        await Store.TrySaveAsync(b, Json("""{"n":"b"}"""), null);

        var entries = await Store.GetBulkAsync([a, missing, b]);

        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("""{"n":"b"}""", Text(entries.Single(e => e.Key == b)));
    }

    [Fact]
    public async Task A_document_with_a_lifetime_expires()
    {
        var key = Key();
        await Store.TrySaveAsync(key, Json("""{"v":1}"""), null, TimeSpan.FromSeconds(1));
        Assert.NotNull(await Store.GetAsync(key));

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Null(await Store.GetAsync(key));
    }

    [Fact]
    public async Task Concurrent_read_modify_writes_of_a_document_all_land()
    {
        var documents = new StateDocuments(Store);
        var key = Key();
        await documents.UpdateAsync(key, () => new Counter(), _ => { });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => documents.UpdateAsync(key, () => new Counter(), c => c.Count++))));

        Assert.Equal(20, (await documents.GetAsync<Counter>(key)).Value!.Count);
    }

    public sealed class Counter
    {
        public int Count { get; set; }
    }
}
