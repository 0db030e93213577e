namespace ShortVideo.SocialGraph.Storage;

/// <summary>One end of a follow edge as a page lists it: the other user's seq and when the edge was made.</summary>
public readonly record struct Edge(int Seq, DateTime At);
