namespace ShortVideo.Contracts;

/// <summary>An original was stored and awaits transcoding. Paths are keys in the shared media store.</summary>
public sealed record VideoUploaded(
    string VideoId,
    CreatorInfo Creator,
    string Caption,
    IReadOnlyList<string> Hashtags,
    string OriginalPath,
    DateTimeOffset UploadedAt);
