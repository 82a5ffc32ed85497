using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GeenKindDeBuurtUit.Platform.Secrets;

/// <summary>
/// Where every <see cref="HostSecret"/> comes from: configured values win; in Development without
/// one, a random key is created in the data folder and reused, so local tokens and hashes survive
/// restarts. Outside Development a missing or short key stops the host with the setting's name.
/// </summary>
public sealed class HostSecrets(IConfiguration configuration, IHostEnvironment environment, string dataFolder)
{
    private readonly ConcurrentDictionary<string, string> resolved = new(StringComparer.Ordinal);

    /// <summary>The secret's text; its UTF-8 bytes are the key.</summary>
    public string Require(HostSecret secret) => resolved.GetOrAdd(secret.Setting, _ => Resolve(secret));

    public byte[] KeyOf(HostSecret secret) => Encoding.UTF8.GetBytes(Require(secret));

    private string? Configured(HostSecret secret)
    {
        var value = configuration[secret.Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Encoding.UTF8.GetByteCount(value) < HostSecret.MinimumBytes)
        {
            throw new InvalidOperationException($"{secret.Setting} must be at least {HostSecret.MinimumBytes} bytes (UTF-8), for example from `openssl rand -base64 48`.");
        }

        return value;
    }

    private string Resolve(HostSecret secret)
    {
        if (Configured(secret) is { } configured)
        {
            return configured;
        }

        if (!environment.IsDevelopment())
        {
            var alternative = secret.Alternative is null ? string.Empty : $" (or {secret.Alternative})";
            throw new InvalidOperationException(
                $"No {secret.Setting} configured{alternative}. Outside Development the host does not start without it: "
                + $"set {secret.Setting} to at least {HostSecret.MinimumBytes} random bytes (for example `openssl rand -base64 48`) "
                + "in the environment or a secret store, never in the database (docs/operations.md).");
        }

        return ReadOrCreate(Path.Combine(dataFolder, secret.DevelopmentFile));
    }

    private static string ReadOrCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
