using static ShortVideo.HashtagSearch.Storage.LuceneDocuments;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>A new Lucene generation being filled from the store; see <see cref="IVideoIndex.BeginRebuild"/>.</summary>
internal sealed class LuceneRebuild(LuceneVideoIndex index, LuceneGeneration next) : IIndexRebuild
{
    private bool _completed;

    // The new index starts empty, so a document no live write has touched is added without the
    // delete an update implies: resolving a million deletes is most of what a bulk update costs.
    public void Upsert(IReadOnlyCollection<IndexDocument> documents)
    {
        lock (index.WriteGate)
        {
            next.Write(documents.Where(d => index.Touched!.Contains(KeyOf(d))));
            next.Add(documents.Where(d => !index.Touched!.Contains(KeyOf(d))));
        }
    }

    public void Complete()
    {
        index.Complete(next);
        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed) index.Abandon(next);
    }
}
