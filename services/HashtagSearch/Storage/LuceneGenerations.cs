namespace ShortVideo.HashtagSearch.Storage;

/// <summary>The generation folders under the index root, and the <c>CURRENT</c> file naming the live one.</summary>
internal static class LuceneGenerations
{
    private const string CurrentFile = "CURRENT";

    public static string? Current(string root)
    {
        var current = Path.Combine(root, CurrentFile);
        return File.Exists(current) ? File.ReadAllText(current).Trim() : null;
    }

    public static string NewName() => $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..32];

    // Written aside and renamed over: a crash leaves either the old name or the new one, never half.
    public static void PointAt(string root, LuceneGeneration generation)
    {
        var temp = Path.Combine(root, CurrentFile + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(generation.Folder));
        File.Move(temp, Path.Combine(root, CurrentFile), overwrite: true);
    }

    /// <summary>Removes folders left by a rebuild that was abandoned, or replaced just before the process ended.</summary>
    public static void RemoveStale(string root, LuceneGeneration live)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, "gen-*").Where(f => f != live.Folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
