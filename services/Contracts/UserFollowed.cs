namespace ShortVideo.Contracts;

public sealed record UserFollowed(string FollowerId, string FolloweeId, DateTimeOffset FollowedAt);
