using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The embedded index: a Lucene directory under the data root, one writer for the process and
/// near-real-time searchers over it. Commits are batched on a short timer because each one
/// fsyncs; the price is that a crash loses the writes of the last interval, whose events were
/// already acknowledged.
/// </summary>
public sealed partial class LuceneVideoIndex : IVideoIndex, IDisposable
{
    public const string ServiceName = "hashtag-search";
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);
    private readonly object _writeGate = new();
    private readonly object _commitGate = new();
    private readonly Analyzer _analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Timer _committer;
    private readonly ILogger _logger;
    private int _dirty;
    private bool _disposed;

    public LuceneVideoIndex(IOptions<DataRootOptions> dataRoot, ILogger<LuceneVideoIndex> logger)
        : this(Path.Combine(dataRoot.Value.ServiceFolder(ServiceName), "index"), logger)
    {
    }

    public LuceneVideoIndex(string folder, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _directory = FSDirectory.Open(folder);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _searchers = new SearcherManager(_writer, true, null);
        _committer = new Timer(_ => CommitIfDirty(), null, CommitInterval, CommitInterval);
    }

    public bool Index(VideoCard card)
    {
        lock (_writeGate)
        {
            var existing = Find(card.Id);
            Write(existing is null ? card : card with { Stats = existing.Stats });
            return existing is null;
        }
    }

    public bool UpdateStats(string videoId, Func<CardStats, CardStats> change)
    {
        lock (_writeGate)
        {
            if (Find(videoId) is not { } card) return false;
            Write(card with { Stats = change(card.Stats) });
            return true;
        }
    }

    public VideoCard? Find(string videoId) => Read(searcher =>
    {
        var hits = searcher.Search(LuceneVideoQueries.ById(videoId), 1).ScoreDocs;
        return hits.Length == 0 ? null : LuceneVideoDocument.CardOf(searcher.Doc(hits[0].Doc));
    });

    public bool Delete(string videoId)
    {
        lock (_writeGate)
        {
            if (Find(videoId) is null) return false;
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteDocuments(new Term(LuceneVideoDocument.Id, videoId));
            _searchers.MaybeRefreshBlocking();
            Volatile.Write(ref _dirty, 1);
            return true;
        }
    }

    public IReadOnlyList<VideoCard> Tagged(string tag, (DateTime CreatedAt, string Id)? after, int limit) =>
        Read(searcher => Cards(searcher, searcher.Search(LuceneVideoQueries.Tagged(tag, after), null, limit, LuceneVideoQueries.Newest).ScoreDocs));

    public int CountTagged(string tag) => Read(searcher =>
    {
        // Counting hits rather than reading docFreq: an updated video leaves deleted copies that docFreq still counts.
        var count = new TotalHitCountCollector();
        searcher.Search(LuceneVideoQueries.Tagged(tag, null), count);
        return count.TotalHits;
    });

    public IReadOnlyList<VideoCard> Search(string text, int offset, int limit)
    {
        var query = LuceneVideoQueries.Matching(_analyzer, text);
        var depth = (int)Math.Min((long)offset + limit, int.MaxValue);
        return Read(searcher => Cards(searcher, searcher.Search(query, null, depth, LuceneVideoQueries.Best).ScoreDocs.Skip(offset)));
    }

    public void Dispose()
    {
        lock (_writeGate)
        lock (_commitGate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _committer.Dispose();
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private void Write(VideoCard card)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.UpdateDocument(new Term(LuceneVideoDocument.Id, card.Id), LuceneVideoDocument.From(card));
        // Refreshing before the consumer acknowledges is what makes a published video searchable at once.
        _searchers.MaybeRefreshBlocking();
        Volatile.Write(ref _dirty, 1);
    }

    private T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    private static List<VideoCard> Cards(IndexSearcher searcher, IEnumerable<ScoreDoc> hits) =>
        hits.Select(hit => LuceneVideoDocument.CardOf(searcher.Doc(hit.Doc))).ToList();

    private void CommitIfDirty()
    {
        lock (_commitGate)
        {
            if (_disposed || Interlocked.Exchange(ref _dirty, 0) == 0) return;
            try
            {
                _writer.Commit();
            }
            catch (Exception e)
            {
                // A timer callback that throws ends the process; keep the changes dirty and retry next tick.
                Volatile.Write(ref _dirty, 1);
                LogCommitFailed(_logger, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Committing the search index failed; retrying")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);
}
