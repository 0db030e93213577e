using System.Diagnostics;
using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch.Discovery;

/// <summary>
/// Recreates the index from the store without downtime: a new index is filled page by page while
/// the live one keeps answering, then swapped in. Each page is read and written under the writers'
/// gate, and writes in between reach both indexes, so nothing changed during the rebuild is lost
/// or overwritten by an older copy.
/// </summary>
public sealed class IndexRebuilder(DiscoveryStore store, IVideoIndex index, DiscoveryWriter writer)
{
    private const int PageSize = 1000;

    public RebuildReport Run(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var rebuild = index.BeginRebuild();
        var videos = Copy<StoredVideo>(rebuild, DiscoveryStore.Videos, v => v.Id, v => new VideoDocument(DiscoveryStore.CardOf(v)), cancellationToken);
        var users = Copy<StoredUser>(rebuild, DiscoveryStore.Users, u => u.Id, u => new UserDocument(u.Id, u.Handle, u.DisplayName), cancellationToken);
        var hashtags = Copy<StoredTotals>(rebuild, DiscoveryStore.Hashtags, t => t.Id, t => new HashtagDocument(t.Id, t.VideoCount, t.Views), cancellationToken);
        var sounds = Copy<StoredTotals>(rebuild, DiscoveryStore.Sounds, t => t.Id, t => new SoundDocument(t.Id, t.Title, t.VideoCount, t.Views), cancellationToken);
        lock (writer.Gate) rebuild.Complete();
        return new RebuildReport(videos, users, hashtags, sounds, clock.Elapsed.TotalSeconds);
    }

    private int Copy<T>(IIndexRebuild rebuild, string collection, Func<T, string> id, Func<T, IndexDocument> document, CancellationToken cancellationToken)
    {
        var count = 0;
        var last = "";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (writer.Gate)
            {
                var page = store.PageAfter<T>(collection, last, PageSize);
                if (page.Count == 0) return count;
                rebuild.Upsert(page.Select(document).ToList());
                count += page.Count;
                last = id(page[^1]);
            }
        }
    }
}

public sealed record RebuildReport(int Videos, int Users, int Hashtags, int Sounds, double Seconds);
