using Microsoft.Extensions.Configuration;

namespace ShortVideo.AppHost;

/// <summary>
/// Every service keeps its embedded data under one folder: <c>ShortVideo:DataRoot</c>, or
/// ~/.local/share/shortvideo by default, the same default a service run alone uses.
/// </summary>
public static class DataRoot
{
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["ShortVideo:DataRoot"];
        var root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "shortvideo")
            : configured;
        return Directory.CreateDirectory(Path.GetFullPath(root)).FullName;
    }
}
