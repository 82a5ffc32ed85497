using GeenKindDeBuurtUit.Platform.Secrets;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Secrets;

internal static class SecretKey
{
    /// <summary>The key subscriptions' signing secrets are encrypted with: configured, or created in <c>data/</c> in Development (docs/adr/0035).</summary>
    public static readonly HostSecret Value = new("Notifications:SecretKey", "dev-notifications-secret-key");
}
