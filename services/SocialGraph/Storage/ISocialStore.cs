using ShortVideo.Contracts;

namespace ShortVideo.SocialGraph.Storage;

/// <summary>Accounts, the follow graph and engagement. Writes that cause events publish them in the same transaction.</summary>
public interface ISocialStore
{
    /// <summary>False when the handle is taken.</summary>
    bool Register(UserRecord user, UserRegistered registered);

    UserRecord? FindByHandle(string handle);

    UserRecord? FindById(string id);

    void UpdateProfile(UserRecord user);

    ProfileStats Stats(string userId);

    /// <summary>True when the edge is new; an existing edge changes nothing and publishes nothing.</summary>
    bool Follow(string followerId, string followeeId, DateTime at);

    bool Unfollow(string followerId, string followeeId, DateTime at);

    bool IsFollowing(string followerId, string followeeId);

    /// <summary>Edges into (followers) or out of (following) a user, newest first, after a keyset cursor.</summary>
    IReadOnlyList<FollowRecord> Edges(string userId, bool followers, (DateTime At, string Id)? after, int limit);

    void UpsertVideo(KnownVideo video);

    KnownVideo? FindVideo(string id);

    /// <summary>Forgets a deleted video and its likes, so its creator's counts drop it.</summary>
    void DeleteVideo(string id);

    /// <summary>True when the like is new.</summary>
    bool Like(string userId, KnownVideo video, DateTime at);

    bool Unlike(string userId, KnownVideo video, DateTime at);
}
