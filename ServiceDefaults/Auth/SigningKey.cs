using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ShortVideo.ServiceDefaults.Auth;

public static class SigningKey
{
    public const int MinimumBytes = 32;
    private const string KeyFileName = "jwt-signing.key";

    /// <summary>
    /// The configured key, or for a service run alone without one, a key generated once and kept
    /// under the data root so that every service started alone on this machine agrees on it.
    /// </summary>
    public static SymmetricSecurityKey Resolve(AuthOptions auth, DataRootOptions data)
    {
        var text = auth.SigningKey;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = LoadOrCreateDevelopmentKey(Path.Combine(data.Resolve(), KeyFileName));
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumBytes} bytes long.");
        }
        return new SymmetricSecurityKey(bytes) { KeyId = "shortvideo" };
    }

    private static string LoadOrCreateDevelopmentKey(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another service created it first; read theirs.
        }
        for (var attempt = 0; ; attempt++)
        {
            var key = File.ReadAllText(path).Trim();
            if (key.Length > 0 || attempt > 20) return key;
            Thread.Sleep(50);
        }
    }
}
