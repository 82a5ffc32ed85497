using System.Security.Cryptography;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>A Standard Webhooks signing secret: <c>whsec_</c> and the base64 of 32 random bytes, the key of HMAC-SHA256.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
