namespace ShortVideo.SocialGraph.Storage;

public sealed class UserRecord
{
    public string Id { get; set; } = "";

    /// <summary>A small number given at registration (unique), so follow edges are keyed in 4 bytes instead of a 32-character id.</summary>
    public int Seq { get; set; }

    /// <summary>Lower-case; unique.</summary>
    public string Handle { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Bio { get; set; } = "";

    public string? YouTube { get; set; }

    public string? Instagram { get; set; }

    /// <summary>The avatar's file name under the avatar folder; each upload gets a new name, so its URL is immutable.</summary>
    public string? Avatar { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Counts kept in the same transaction as the writes that change them, so a profile reads them in one lookup.</summary>
    public long Followers { get; set; }

    public long Following { get; set; }

    public long Videos { get; set; }

    /// <summary>Likes on all of the user's videos.</summary>
    public long Likes { get; set; }

    public long UnreadNotifications { get; set; }

    /// <summary>Notifications up to this time are read; marking all read is one write however many there are.</summary>
    public DateTime NotificationsReadAt { get; set; }

    public string? AvatarUrl => Avatar is null ? null : $"/media/avatars/{Avatar}";
}
