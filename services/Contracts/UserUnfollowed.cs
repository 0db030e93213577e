namespace ShortVideo.Contracts;

public sealed record UserUnfollowed(string FollowerId, string FolloweeId, DateTimeOffset UnfollowedAt);
