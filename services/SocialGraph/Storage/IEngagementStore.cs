namespace ShortVideo.SocialGraph.Storage;

/// <summary>Videos as this service knows them, and what people do with them. Counts on events are the totals after the write.</summary>
public interface IEngagementStore
{
    /// <summary>Stores a published video once, counting it on its creator's profile and notifying the creator of the video it duets or stitches.</summary>
    bool Publish(KnownVideo video, DateTime at);

    KnownVideo? FindVideo(string id);

    /// <summary>Forgets a deleted video, with its likes, saves and comments, and takes it off its creator's counts.</summary>
    void DeleteVideo(string id);

    WriteOutcome Like(string userId, KnownVideo video, DateTime at);

    WriteOutcome Unlike(string userId, KnownVideo video, DateTime at);

    bool Likes(string userId, string videoId);

    WriteOutcome Save(string userId, KnownVideo video, DateTime at);

    WriteOutcome Unsave(string userId, KnownVideo video, DateTime at);

    /// <summary>A user's saved (or liked) videos, newest first, after a cursor of (time, video id).</summary>
    IReadOnlyList<LikeRecord> ByUser(string userId, bool saves, (DateTime At, string VideoId)? after, int limit);

    /// <summary>A video's most recent likers.</summary>
    IReadOnlyList<LikeRecord> RecentLikers(string videoId, int limit);

    /// <summary>A view by a signed-in user, or a signed-out one (<paramref name="visitorId"/> when their client sent one).</summary>
    long View(KnownVideo video, string? userId, string? visitorId, int watchedMs, DateTime at);

    long Share(KnownVideo video, string? userId, string? visitorId, string channel, DateTime at);

    bool NotInterested(string userId, KnownVideo video, DateTime at);
}
