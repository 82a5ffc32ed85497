using System.Security.Cryptography;
using System.Text;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Secrets;

namespace GeenKindDeBuurtUit.Notifications.Tests.Infrastructure;

public sealed class SecretProtectorTests
{
    private static readonly byte[] HostKey = Encoding.UTF8.GetBytes("a-host-key-of-at-least-thirty-two-bytes-0123");

    [Fact]
    public void A_secret_is_stored_as_ciphertext_that_opens_only_under_the_host_key()
    {
        var secret = WebhookSecret.New();
        var protector = new AesGcmSecretProtector(HostKey);

        var sealed1 = protector.Protect(secret);
        var sealed2 = protector.Protect(secret);

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, WebhookSecret.KeyOf(secret).Length);
        Assert.DoesNotContain(secret[6..], sealed1, StringComparison.Ordinal);
        Assert.NotEqual(sealed1, sealed2);
        Assert.Equal(secret, protector.Unprotect(sealed1));
        Assert.ThrowsAny<CryptographicException>(() => new AesGcmSecretProtector(Encoding.UTF8.GetBytes("another-host-key-of-thirty-two-bytes-98765")).Unprotect(sealed1));
    }

    [Fact]
    public void A_ciphertext_changed_in_the_database_does_not_open()
    {
        var protector = new AesGcmSecretProtector(HostKey);
        var box = Convert.FromBase64String(protector.Protect(WebhookSecret.New())[3..]);
        box[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("v1." + Convert.ToBase64String(box)));
    }
}
