using System.Text.RegularExpressions;

namespace ShortVideo.SocialGraph.Avatars;

/// <summary>Where avatars live: a folder beside the service's database. Names are generated, never taken from a request.</summary>
public sealed partial class AvatarFolder(string root)
{
    public string Root { get; } = Directory.CreateDirectory(root).FullName;

    public static string NewName(string userId) => $"{userId}-{Guid.NewGuid():N}.jpg";

    /// <summary>The file of a name this service generated; null for any other name, so a request cannot reach outside the folder.</summary>
    public string? PathOf(string name) => NamePattern().IsMatch(name) ? Path.Combine(Root, name) : null;

    /// <summary>A private folder on the same file system, so a finished avatar moves in atomically.</summary>
    public string CreateStaging() => Directory.CreateDirectory(Path.Combine(Root, ".staging", Guid.NewGuid().ToString("N"))).FullName;

    public void Delete(string? name)
    {
        if (name is not null && PathOf(name) is { } path) File.Delete(path);
    }

    [GeneratedRegex("^[a-f0-9]{32}-[a-f0-9]{32}\\.jpg$")]
    private static partial Regex NamePattern();
}
