using System.Text;
using GeenKindDeBuurtUit.Platform.Secrets;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Finds the key tokens are signed with. Configured keys win; without one, an authority replaces
/// it; otherwise it is a host secret like the others (docs/adr/0035): created in the data folder
/// in Development, and outside Development the host refuses to start. Any host configured with
/// both a key and an authority refuses to start.
/// </summary>
internal static class SigningKeyResolver
{
    public const string DevelopmentKeyFile = "dev-signing-key";

    public static readonly HostSecret Secret = new($"{AuthSettings.Section}:{nameof(AuthSettings.SigningKey)}", DevelopmentKeyFile, $"{AuthSettings.Section}:{nameof(AuthSettings.Authority)}");

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

        // The configured value was bound to the settings above: only the Development file or the refusal remain.
        settings.SigningKey = new HostSecrets(new ConfigurationBuilder().Build(), environment, dataFolder).Require(Secret);
    }
}
