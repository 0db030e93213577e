using System.Security.Cryptography;

namespace ShortVideo.AppHost;

public static class Secrets
{
    /// <summary>
    /// The JWT signing key every service shares: the parameter <c>jwt-signing-key</c> when
    /// configured, else a key generated once and kept in the data root, so tokens survive restarts.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddSigningKey(this IDistributedApplicationBuilder builder, string dataRoot)
    {
        const string name = "jwt-signing-key";
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{name}"]))
        {
            return builder.AddParameter(name, secret: true);
        }
        var path = Path.Combine(dataRoot, "jwt-signing.key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return builder.AddParameter(name, File.ReadAllText(path).Trim(), secret: true);
    }
}
