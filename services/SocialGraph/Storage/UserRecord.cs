namespace ShortVideo.SocialGraph.Storage;

public sealed class UserRecord
{
    public string Id { get; set; } = "";

    /// <summary>Lower-case; unique.</summary>
    public string Handle { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Bio { get; set; } = "";

    public string? YouTube { get; set; }

    public string? Instagram { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
