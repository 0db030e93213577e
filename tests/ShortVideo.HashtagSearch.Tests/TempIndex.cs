using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>A real Lucene index in a folder of its own, deleted with it.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Folder = Path.Combine(Path.GetTempPath(), "shortvideo-hashtag-search-" + Guid.NewGuid().ToString("N"));
        Index = new LuceneVideoIndex(Folder);
    }

    public string Folder { get; }

    public LuceneVideoIndex Index { get; private set; }

    /// <summary>Closes the index and opens the folder again, as a restarted process would.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = new LuceneVideoIndex(Folder);
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
