namespace ShortVideo.ServiceDefaults.Messaging;

/// <summary>Striped async locks, so two copies of one message delivered at once are handled one after the other.</summary>
internal static class KeyedLock
{
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public static async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(key.GetHashCode() & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
