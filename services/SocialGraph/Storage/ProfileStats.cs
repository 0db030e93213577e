namespace ShortVideo.SocialGraph.Storage;

public sealed record ProfileStats(long Followers, long Following, long Videos, long Likes);
