using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>One Lucene directory with its writer and near-real-time searchers: the live index, or one being rebuilt.</summary>
internal sealed class LuceneGeneration : IDisposable
{
    private readonly FSDirectory _directory;
    private int _dirty;

    public LuceneGeneration(string folder, Analyzer analyzer)
    {
        Folder = folder;
        _directory = FSDirectory.Open(folder);
        // A larger buffer than the default 16 MB: bulk writes (rebuilds) flush fewer, larger segments.
        Writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 });
        Searchers = new SearcherManager(Writer, true, null);
    }

    public string Folder { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public void Write(IEnumerable<IndexDocument> documents)
    {
        foreach (var document in documents)
        {
            var key = new Term(LuceneDocuments.Key, LuceneDocuments.KeyOf(document));
            if (LuceneDocuments.IsEmpty(document)) Writer.DeleteDocuments(key);
            else Writer.UpdateDocument(key, LuceneDocuments.From(document));
        }
        Volatile.Write(ref _dirty, 1);
    }

    /// <summary>
    /// Adds documents known not to be in this index yet, on every core: the writer takes documents
    /// from several threads at once, and building and analysing them is most of the work.
    /// </summary>
    public void Add(IEnumerable<IndexDocument> documents)
    {
        Parallel.ForEach(
            documents.Where(d => !LuceneDocuments.IsEmpty(d)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            document => Writer.AddDocument(LuceneDocuments.From(document)));
        Volatile.Write(ref _dirty, 1);
    }

    public void Delete(Term key)
    {
        Writer.DeleteDocuments(key);
        Volatile.Write(ref _dirty, 1);
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = Searchers.Acquire();
        try { return read(searcher); }
        finally { Searchers.Release(searcher); }
    }

    /// <summary>Commits (an fsync) when anything changed since the last commit; false when nothing had.</summary>
    public bool CommitIfDirty()
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 0) return false;
        try
        {
            Writer.Commit();
            return true;
        }
        catch
        {
            Volatile.Write(ref _dirty, 1);
            throw;
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
