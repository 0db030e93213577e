namespace ShortVideo.Recommendation.Storage;

/// <summary>The read model the feeds are built from: video cards and the follow graph, both kept from events.</summary>
public interface IFeedStore
{
    /// <summary>Adds or refreshes a card, keeping the like count already known.</summary>
    void UpsertVideo(FeedVideo video);

    void SetLikes(string videoId, long likes);

    void DeleteVideo(string videoId);

    void Follow(string followerId, string followeeId);

    void Unfollow(string followerId, string followeeId);

    IReadOnlySet<string> Followees(string userId);

    /// <summary>The newest videos: the candidate pool for For You.</summary>
    IReadOnlyList<FeedVideo> Newest(int limit);

    /// <summary>Videos of the given creators, newest first, strictly after a keyset cursor.</summary>
    IReadOnlyList<FeedVideo> ByCreators(IReadOnlySet<string> creatorIds, (DateTime At, string Id)? after, int limit);
}
