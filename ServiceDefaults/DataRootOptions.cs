namespace ShortVideo.ServiceDefaults;

/// <summary>
/// All embedded data (LiteDB files, Lucene indexes, media) lives under one root, so an operator
/// backs up or wipes one folder. Each service keeps its own sub-folder; media is shared.
/// </summary>
public sealed class DataRootOptions
{
    public const string Section = "ShortVideo";

    public string? DataRoot { get; set; }

    public string Resolve() => Path.GetFullPath(string.IsNullOrWhiteSpace(DataRoot) ? DefaultRoot : DataRoot);

    public string ServiceFolder(string service)
    {
        var path = Path.Combine(Resolve(), service);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string DefaultRoot =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "shortvideo");
}
