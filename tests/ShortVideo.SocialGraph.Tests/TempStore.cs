using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Tests;

/// <summary>The service's stores over a real LiteDB file in a temporary folder, without a host.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shortvideo-social-store-").FullName;

    public TempStore()
    {
        Database = new LiteDbDatabase(Path.Combine(_folder, "social-graph.db"), new OutboxSignal());
        Accounts = new LiteDbAccountStore(Database);
        Graph = new LiteDbGraphStore(Database);
    }

    public LiteDbDatabase Database { get; }

    public LiteDbAccountStore Accounts { get; }

    public LiteDbGraphStore Graph { get; }

    public UserRecord Register(string handle)
    {
        var user = new UserRecord { Id = Guid.NewGuid().ToString("N"), Handle = handle, DisplayName = handle, CreatedAt = DateTime.UtcNow };
        Assert.True(Accounts.Register(user, new Contracts.UserRegistered(user.Id, handle, handle, DateTimeOffset.UtcNow)));
        return user;
    }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
