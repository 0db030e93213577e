using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Tests;

public sealed class GraphStoreTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Registration_numbers_users_in_turn()
    {
        Assert.Equal([1, 2, 3], new[] { "a1", "a2", "a3" }.Select(h => _store.Register(h).Seq));
    }

    [Fact]
    public void Racing_follows_on_threads_make_one_edge_counted_once()
    {
        var ana = _store.Register("ana");
        var ben = _store.Register("ben");

        Parallel.For(0, 64, i => { if (i % 2 == 0) _store.Graph.Follow(ana, ben, DateTime.UtcNow); else _store.Graph.Follow(ben, ana, DateTime.UtcNow); });

        Assert.Equal((1, 1), (_store.Accounts.FindById(ana.Id)!.Followers, _store.Accounts.FindById(ana.Id)!.Following));
        Assert.Equal((1, 1), (_store.Accounts.FindById(ben.Id)!.Followers, _store.Accounts.FindById(ben.Id)!.Following));
        Assert.Single(_store.Graph.Edges(ana.Seq, incoming: true, null, 10));
    }

    [Fact]
    public void Imported_edges_page_newest_first_at_any_depth_without_leaking_into_the_next_user()
    {
        var users = Enumerable.Range(0, 4).Select(i => _store.Register($"user{i}")).ToList();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var edges = Enumerable.Range(0, 500).Select(i => (FollowerSeq: 1000 + i, FolloweeSeq: users[1].Seq, At: start.AddSeconds(i / 3)))
            .Append((users[2].Seq, users[0].Seq, start))
            .Append((users[3].Seq, users[2].Seq, start));

        _store.Graph.Import(edges);

        var seen = new List<Edge>();
        Edge? after = null;
        while (true)
        {
            var page = _store.Graph.Edges(users[1].Seq, incoming: true, after, 37);
            if (page.Count == 0) break;
            seen.AddRange(page);
            after = page[^1];
        }
        Assert.Equal(500, seen.Select(e => e.Seq).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(e => e.At).ThenBy(e => e.Seq), seen);
        Assert.Equal(500, _store.Accounts.FindById(users[1].Id)!.Followers);
        Assert.Equal([users[2].Seq], _store.Graph.Edges(users[0].Seq, incoming: true, null, 10).Select(e => e.Seq));
        Assert.Empty(_store.Graph.Edges(users[0].Seq, incoming: false, null, 10));
    }
}
