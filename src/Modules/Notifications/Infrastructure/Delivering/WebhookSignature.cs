using System.Security.Cryptography;
using System.Text;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>
/// The Standard Webhooks signature: HMAC-SHA256 over <c>id.timestamp.body</c> with each secret's
/// key, as <c>v1,</c> and the base64 of the hash, space-separated when a rotation leaves two secrets.
/// </summary>
internal static class WebhookSignature
{
    public static string Of(string messageId, long timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(secret => "v1," + Convert.ToBase64String(
            HMACSHA256.HashData(WebhookSecret.KeyOf(secret), Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")))));
}
