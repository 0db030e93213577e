namespace ShortVideo.ServiceDefaults.Auth;

/// <summary>The signed-in user, read from the validated token's claims.</summary>
public sealed record CurrentUser(string Id, string Handle, string DisplayName);
