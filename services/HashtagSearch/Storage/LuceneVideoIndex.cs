using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Http;
using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The embedded index: Lucene directories under the data root, of which the one named in the
/// <c>CURRENT</c> file is live. Commits are batched on a short timer because each one fsyncs; a
/// crash loses at most the last interval, which a rebuild from the store restores. A rebuild fills
/// a new directory and swaps it in by rewriting <c>CURRENT</c> and one reference.
/// </summary>
public sealed partial class LuceneVideoIndex : IVideoIndex, IDisposable
{
    public const string ServiceName = "hashtag-search";
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);

    // Searches still running on a replaced directory finish within this before it is closed.
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(10);
    internal object WriteGate { get; } = new();
    private readonly Analyzer _analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly string _root;
    private readonly Timer _committer;
    private readonly ILogger _logger;
    private readonly LuceneTagPages _tagPages;
    private volatile LuceneGeneration _live;
    private LuceneGeneration? _next;
    private readonly List<LuceneGeneration> _retiring = [];

    /// <summary>Keys written live while a rebuild runs: the rebuild's own copies of these must replace, not add.</summary>
    internal HashSet<string>? Touched { get; private set; }
    private bool _disposed;

    public LuceneVideoIndex(IOptions<DataRootOptions> dataRoot, ILogger<LuceneVideoIndex> logger)
        : this(Path.Combine(dataRoot.Value.ServiceFolder(ServiceName), "discovery-index"), logger)
    {
    }

    /// <param name="largeTag">Tags on more videos than this have their pages looked for in recent days first (<see cref="LuceneTagPages"/>).</param>
    public LuceneVideoIndex(string root, ILogger? logger = null, int largeTag = 5_000)
    {
        _tagPages = new LuceneTagPages(largeTag);
        _logger = logger ?? NullLogger.Instance;
        _root = Directory.CreateDirectory(root).FullName;
        var name = LuceneGenerations.Current(_root);
        _live = new LuceneGeneration(Path.Combine(_root, name ?? LuceneGenerations.NewName()), _analyzer);
        if (name is null) LuceneGenerations.PointAt(_root, _live);
        LuceneGenerations.RemoveStale(_root, _live);
        _committer = new Timer(_ => CommitIfDirty(), null, CommitInterval, CommitInterval);
    }

    /// <summary>The folder of the live generation, for operators and tests.</summary>
    public string LiveFolder => _live.Folder;

    public void Upsert(IReadOnlyCollection<IndexDocument> documents) => WriteLive(g => g.Write(documents), documents.Select(KeyOf));

    public void DeleteVideo(string videoId) => WriteLive(g => g.Delete(new Term(Key, KeyOf(Video, videoId))), [KeyOf(Video, videoId)]);

    public VideoCard? FindVideo(string videoId) => First(LuceneVideoQueries.ByKey(Video, videoId), CardOf);

    public HashtagDocument? FindHashtag(string tag) => First(LuceneVideoQueries.ByKey(Hashtag, tag), Stored(HashtagOf));

    public IReadOnlyList<VideoCard> Recent(string tag, (DateTime CreatedAt, string Id)? after, int limit, IReadOnlySet<string> hidden) =>
        _live.Read(searcher => Read(searcher, _tagPages.Recent(searcher, tag, after, limit, hidden), 0, CardOf));

    public IReadOnlyList<VideoCard> Top(string tag, int offset, int limit, IReadOnlySet<string> hidden) =>
        _live.Read(searcher => Read(searcher, _tagPages.Top(searcher, tag, (int)Math.Min((long)offset + limit, int.MaxValue), hidden), offset, CardOf));

    public IReadOnlyList<HashtagDocument> Suggest(string foldedPrefix, int limit) =>
        foldedPrefix.Length == 0 ? [] : Page(LuceneVideoQueries.Suggest(foldedPrefix), LuceneVideoQueries.MostUsed, 0, limit, Stored(HashtagOf));

    /// <summary>
    /// Several words are first looked for together; only when no video has them all are videos
    /// with any of them ranked. A common word then costs its postings only when nothing narrower
    /// matched, and since the choice depends on the query and the index, never the page, pages agree.
    /// </summary>
    public IReadOnlyList<VideoCard> SearchVideos(string text, int offset, int limit, IReadOnlySet<string> hidden) => _live.Read(searcher =>
    {
        var terms = LuceneVideoQueries.Terms(_analyzer, text);
        var corrections = new LuceneCorrections(searcher.IndexReader);
        if (terms.Count > 1)
        {
            var together = Search(searcher, LuceneVideoQueries.Videos(corrections, terms, text, everyWord: true, hidden), LuceneVideoQueries.Best, offset, limit);
            if (together.TotalHits > 0) return Read(searcher, together, offset, CardOf);
        }
        return Page(searcher, LuceneVideoQueries.Videos(corrections, terms, text, everyWord: false, hidden), LuceneVideoQueries.Best, offset, limit, CardOf);
    });

    public IReadOnlyList<UserDocument> SearchUsers(string text, int offset, int limit, IReadOnlySet<string> hidden) => _live.Read(searcher =>
        Page(searcher, LuceneVideoQueries.Users(searcher.IndexReader, _analyzer, text, hidden), LuceneVideoQueries.Best, offset, limit, Stored(UserOf)));

    public IReadOnlyList<HashtagDocument> SearchHashtags(string text, int offset, int limit) => _live.Read(searcher =>
        Page(searcher, LuceneVideoQueries.Hashtags(searcher.IndexReader, text), LuceneVideoQueries.Best, offset, limit, Stored(HashtagOf)));

    public IReadOnlyList<SoundDocument> SearchSounds(string text, int offset, int limit) => _live.Read(searcher =>
        Page(searcher, LuceneVideoQueries.Sounds(searcher.IndexReader, _analyzer, text), LuceneVideoQueries.Best, offset, limit, Stored(SoundOf)));

    public IIndexRebuild BeginRebuild()
    {
        lock (WriteGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_next is not null) throw new InvalidOperationException("A rebuild is already running.");
            _next = new LuceneGeneration(Path.Combine(_root, LuceneGenerations.NewName()), _analyzer);
            Touched = [];
            return new LuceneRebuild(this, _next);
        }
    }

    public void Dispose()
    {
        lock (WriteGate)
        {
            if (_disposed) return;
            _disposed = true;
            _committer.Dispose();
            _live.Dispose();
            _next?.Dispose();
            foreach (var old in _retiring) Retire(old);
            _retiring.Clear();
        }
        _analyzer.Dispose();
    }

    private void WriteLive(Action<LuceneGeneration> write, IEnumerable<string> keys)
    {
        lock (WriteGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            write(_live);
            if (_next is not null) write(_next);
            Touched?.UnionWith(keys);
            // Refreshing before the consumer acknowledges is what makes a published video searchable at once.
            _live.Searchers.MaybeRefreshBlocking();
        }
    }

    private static Func<IndexSearcher, int, T> Stored<T>(Func<Lucene.Net.Documents.Document, T> read) => (searcher, doc) => read(searcher.Doc(doc));

    private T? First<T>(Query query, Func<IndexSearcher, int, T> read) where T : class => _live.Read(searcher =>
    {
        var hits = searcher.Search(query, 1).ScoreDocs;
        return hits.Length == 0 ? null : read(searcher, hits[0].Doc);
    });

    private List<T> Page<T>(Query query, Sort sort, int offset, int limit, Func<IndexSearcher, int, T> read) =>
        _live.Read(searcher => Page(searcher, query, sort, offset, limit, read));

    private static List<T> Page<T>(IndexSearcher searcher, Query query, Sort sort, int offset, int limit, Func<IndexSearcher, int, T> read) =>
        Read(searcher, Search(searcher, query, sort, offset, limit), offset, read);

    private static TopDocs Search(IndexSearcher searcher, Query query, Sort sort, int offset, int limit) =>
        searcher.Search(query, null, (int)Math.Min((long)offset + limit, int.MaxValue), sort);

    private static List<T> Read<T>(IndexSearcher searcher, TopDocs found, int offset, Func<IndexSearcher, int, T> read) =>
        found.ScoreDocs.Skip(offset).Select(hit => read(searcher, hit.Doc)).ToList();

    internal void Complete(LuceneGeneration next)
    {
        LuceneGeneration old;
        lock (WriteGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            next.Writer.Commit();
            next.Searchers.MaybeRefreshBlocking();
            LuceneGenerations.PointAt(_root, next);
            old = _live;
            _live = next;
            _next = null;
            Touched = null;
        }
        lock (WriteGate) _retiring.Add(old);
        _ = RetireAsync(old);
    }

    internal void Abandon(LuceneGeneration next)
    {
        lock (WriteGate)
        {
            if (!ReferenceEquals(_next, next)) return;
            _next = null;
            Touched = null;
            next.Dispose();
        }
        Directory.Delete(next.Folder, recursive: true);
    }

    private async Task RetireAsync(LuceneGeneration old)
    {
        await Task.Delay(RetireAfter);
        lock (WriteGate)
        {
            // Disposing the index retires what is pending at once; then there is nothing left to do here.
            if (!_retiring.Remove(old)) return;
        }
        Retire(old);
    }

    private void Retire(LuceneGeneration old)
    {
        try
        {
            old.Dispose();
            Directory.Delete(old.Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogRetireFailed(_logger, old.Folder, e);
        }
    }

    private void CommitIfDirty()
    {
        lock (WriteGate)
        {
            if (_disposed) return;
            try
            {
                _live.CommitIfDirty();
            }
            catch (Exception e)
            {
                // A timer callback that throws ends the process; the changes stay dirty and the next tick retries.
                LogCommitFailed(_logger, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Committing the search index failed; retrying")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not remove the replaced index folder {Folder}")]
    private static partial void LogRetireFailed(ILogger logger, string folder, Exception exception);
}
