namespace ShortVideo.Contracts;

/// <summary>The user does not want this video, nor more from its creator, in their For You feed.</summary>
public sealed record NotInterested(string UserId, string VideoId, string CreatorId, DateTimeOffset At);
