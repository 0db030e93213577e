using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Storage;

/// <summary>Accounts and profiles.</summary>
public interface IAccountStore
{
    /// <summary>Gives the user the next <see cref="UserRecord.Seq"/>; false when the handle is taken.</summary>
    bool Register(UserRecord user, UserRegistered registered);

    UserRecord? FindByHandle(string handle);

    UserRecord? FindById(string id);

    UserRecord? FindBySeq(int seq);

    /// <summary>The users of several seqs in one indexed query, in the order asked; unknown seqs are left out.</summary>
    IReadOnlyList<UserRecord> FindBySeqs(IReadOnlyCollection<int> seqs);

    /// <summary>Applies a change to the stored user and publishes the event it makes, in one transaction.</summary>
    UserRecord? Update(string userId, Action<UserRecord> change, Func<UserRecord, UserProfileUpdated?> updated);

    /// <summary>Loads users in bulk (benchmarks and imports): no events, counts as given.</summary>
    void Import(IEnumerable<UserRecord> users);
}
