using LiteDB;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.SocialGraph.Storage;

public sealed class LiteDbAccountStore : IAccountStore
{
    private readonly LiteDbDatabase _db;

    public LiteDbAccountStore(LiteDbDatabase db)
    {
        _db = db;
        LegacyUpgrade.Run(db);
        var users = db.Collection<UserRecord>(Collections.Users);
        users.EnsureIndex(u => u.Handle, unique: true);
        users.EnsureIndex(u => u.Seq, unique: true);
    }

    public bool Register(UserRecord user, UserRegistered registered) => _db.Write(t =>
    {
        var users = t.Collection<UserRecord>(Collections.Users);
        if (users.Exists(u => u.Handle == user.Handle)) return false;
        user.Seq = (users.Query().OrderByDescending(u => u.Seq).Limit(1).FirstOrDefault()?.Seq ?? 0) + 1;
        users.Insert(user);
        t.Publish(registered);
        return true;
    });

    public UserRecord? FindByHandle(string handle) => _db.Collection<UserRecord>(Collections.Users).FindOne(u => u.Handle == handle);

    public UserRecord? FindById(string id) => _db.Collection<UserRecord>(Collections.Users).FindById(id);

    public UserRecord? FindBySeq(int seq) => FindBySeqs([seq]).FirstOrDefault();

    public IReadOnlyList<UserRecord> FindBySeqs(IReadOnlyCollection<int> seqs)
    {
        if (seqs.Count == 0) return [];
        // The seqs travel as a parameter: LiteDB compiles each distinct expression text once and caches it, so
        // values written into the text (as Query.In does) cost a compile per call and grow that cache without end.
        var found = _db.Collection<UserRecord>(Collections.Users)
            .Find(BsonExpression.Create("$.Seq IN @0", new BsonArray(seqs.Select(s => new BsonValue(s)))))
            .ToDictionary(u => u.Seq);
        return seqs.Select(s => found.GetValueOrDefault(s)).OfType<UserRecord>().ToList();
    }

    public UserRecord? Update(string userId, Action<UserRecord> change, Func<UserRecord, UserProfileUpdated?> updated) => _db.Write(t =>
    {
        var user = UserWrites.Change(t, userId, change);
        if (user is not null && updated(user) is { } message) t.Publish(message);
        return user;
    });

    public void Import(IEnumerable<UserRecord> users) => _db.Collection<UserRecord>(Collections.Users).InsertBulk(users, batchSize: 10_000);
}
