using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>One Lucene directory with its writer and near-real-time searchers: the live index, or one being rebuilt.</summary>
internal sealed class LuceneGeneration : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private int _dirty;

    public LuceneGeneration(string folder, Analyzer analyzer)
    {
        Folder = folder;
        _directory = OpenDirectory(folder);
        // A larger buffer than the default 16 MB: bulk writes (rebuilds) flush fewer, larger segments.
        // No compound files: each kind of file must stay where OpenDirectory puts it.
        Writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        });
        Searchers = new SearcherManager(Writer, true, null);
    }

    public string Folder { get; }

    // The term dictionary and postings, which every search opens per term and segment.
    private static readonly ISet<string> ReadThroughBuffers = new HashSet<string> { "tim", "tip", "doc", "pos", "pay" };

    /// <summary>
    /// Term dictionaries and postings are read through small buffers; the rest (doc values, where
    /// cards and sort keys are read in place, stored fields, norms) is memory-mapped. Lucene.NET's
    /// memory-mapped inputs register a weak reference for every clone, and a search clones an input
    /// for each term and postings list in each segment: hundreds of thousands of GC handles built up,
    /// and every collection, even of the youngest generation, walked them (about 100 ms at a million
    /// videos). Buffered inputs track no clones; doc values, read by position per hit, stay mapped.
    /// </summary>
    private static Lucene.Net.Store.Directory OpenDirectory(string folder)
    {
        var at = new DirectoryInfo(folder);
        return new FileSwitchDirectory(ReadThroughBuffers, new NIOFSDirectory(at), new MMapDirectory(at), true);
    }

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
