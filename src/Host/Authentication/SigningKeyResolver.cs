using System.Security.Cryptography;
using System.Text;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Finds the key tokens are signed with. Configured keys win; in Development without one, the
/// host creates a random key in its data folder and reuses it, so local tokens survive restarts.
/// Outside Development a host without a key or an authority refuses to start, and so does any host
/// configured with both.
/// </summary>
internal static class SigningKeyResolver
{
    public const string DevelopmentKeyFile = "dev-signing-key";

    public static void Resolve(AuthSettings settings, IHostEnvironment environment, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(settings.SigningKey) && !string.IsNullOrWhiteSpace(settings.Authority))
        {
            // Both would let whoever holds the shared key mint tokens beside the identity provider's.
            throw new InvalidOperationException(
                "Both Auth:SigningKey and Auth:Authority are configured: set only one. With an identity provider (Auth:Authority) remove Auth:SigningKey.");
        }

        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            if (Encoding.UTF8.GetByteCount(settings.SigningKey) < AuthSettings.MinimumKeyBytes)
            {
                throw new InvalidOperationException($"Auth:SigningKey must be at least {AuthSettings.MinimumKeyBytes} bytes (UTF-8).");
            }

            return;
        }

        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "No Auth:SigningKey and no Auth:Authority configured. Outside Development the host does not start without one.");
        }

        settings.SigningKey = ReadOrCreateDevelopmentKey(dataFolder);
    }

    private static string ReadOrCreateDevelopmentKey(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Encoding.UTF8.GetBytes(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (a second host, or the token command) created it first: use theirs.
            return File.ReadAllText(path).Trim();
        }
    }
}
