using ShortVideo.Recommendation.Storage;

namespace ShortVideo.Recommendation.Domain;

/// <summary>How one engagement event changes a user's profile. Pure: the consumers load, apply and save.</summary>
public static class ProfileLearning
{
    /// <summary>A view: marks the video seen and moves interests by how much of it was watched.</summary>
    public static void Viewed(UserProfile profile, string videoId, FeedVideo? video, double completion, DateTime at, TimeSpan halfLife)
    {
        profile.Seen[videoId] = at;
        TrimSeen(profile);
        if (video is null) return;
        var signal = Signals.OfView(completion);
        Engaged(profile, video, signal, at, halfLife);
        if (completion >= Signals.FinishedAt) Positive(profile, videoId);
    }

    /// <summary>A like, save, share or comment: a positive signal of the given strength (negative for an unlike).</summary>
    public static void Engaged(UserProfile profile, FeedVideo video, double signal, DateTime at, TimeSpan halfLife)
    {
        foreach (var tag in video.Hashtags) Add(profile.Tags, tag, signal, at, halfLife);
        if (video.SoundId is { } sound) Add(profile.Sounds, sound, signal, at, halfLife);
        Add(profile.Creators, video.CreatorId, signal, at, halfLife);
        profile.Signals++;
        if (signal >= Signals.Liked) Positive(profile, video.Id);
    }

    public static void NotInterested(UserProfile profile, string videoId, string creatorId, FeedVideo? video, DateTime at, TimeSpan halfLife)
    {
        profile.NotInterested.Add(creatorId);
        profile.Seen[videoId] = at;
        profile.RecentPositives.Remove(videoId);
        if (video is not null) Engaged(profile, video, Signals.NotInterested, at, halfLife);
    }

    public static void Followed(UserProfile profile, string creatorId, DateTime at, TimeSpan halfLife)
    {
        profile.Followees.Add(creatorId);
        Add(profile.Creators, creatorId, Signals.Followed, at, halfLife);
    }

    private static void Positive(UserProfile profile, string videoId)
    {
        profile.RecentPositives.Remove(videoId);
        profile.RecentPositives.Add(videoId);
        if (profile.RecentPositives.Count > UserProfile.MaxRecentPositives) profile.RecentPositives.RemoveAt(0);
    }

    private static void Add(Dictionary<string, Interest> interests, string key, double delta, DateTime at, TimeSpan halfLife)
    {
        if (!interests.TryGetValue(key, out var interest)) interests[key] = interest = new Interest { At = at };
        interest.Add(delta, at, halfLife);
        if (interests.Count > UserProfile.MaxInterests)
        {
            var weakest = interests.MinBy(i => Math.Abs(i.Value.ValueAt(at, halfLife))).Key;
            interests.Remove(weakest);
        }
    }

    private static void TrimSeen(UserProfile profile)
    {
        if (profile.Seen.Count <= UserProfile.MaxSeen) return;
        foreach (var oldest in profile.Seen.OrderBy(s => s.Value).Take(profile.Seen.Count - UserProfile.MaxSeen).Select(s => s.Key).ToList())
        {
            profile.Seen.Remove(oldest);
        }
    }
}
