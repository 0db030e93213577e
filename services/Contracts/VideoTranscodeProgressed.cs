namespace ShortVideo.Contracts;

/// <summary>How far an encode has come, from 0 to 1. Informational: a lost or late one changes nothing that matters.</summary>
public sealed record VideoTranscodeProgressed(string VideoId, double Progress, DateTimeOffset At);
