using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>A real Lucene index in a folder of its own, deleted with it.</summary>
public sealed class TempIndex : IDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public TempIndex()
    {
        Folder = Path.Combine(Path.GetTempPath(), "shortvideo-hashtag-search-" + Guid.NewGuid().ToString("N"));
        Index = new LuceneVideoIndex(Folder);
        Metrics = new HashtagSearchMetrics(_meters.GetRequiredService<IMeterFactory>());
    }

    public string Folder { get; }

    public LuceneVideoIndex Index { get; private set; }

    public HashtagSearchMetrics Metrics { get; }

    /// <summary>Closes the index and opens the folder again, as a restarted process would.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = new LuceneVideoIndex(Folder);
    }

    public void Dispose()
    {
        Index.Dispose();
        _meters.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
