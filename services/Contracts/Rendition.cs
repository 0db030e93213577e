namespace ShortVideo.Contracts;

/// <summary>One HLS rendition; <paramref name="PlaylistPath"/> is a key in the shared media store.</summary>
public sealed record Rendition(int Width, int Height, long Bandwidth, string PlaylistPath);
