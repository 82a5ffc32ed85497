using System.Security.Cryptography;
using System.Text;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Secrets;

/// <summary>
/// AES-256-GCM under a key derived from the host's <see cref="SecretKey"/>: a random nonce per
/// secret, the tag authenticates it, so a ciphertext changed in the database fails to open.
/// Stored as <c>v1.</c> and the base64 of nonce, tag and ciphertext.
/// </summary>
internal sealed class AesGcmSecretProtector(byte[] hostKey) : ISecretProtector
{
    private const string Version = "v1.";
    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, hostKey, 32, info: Encoding.UTF8.GetBytes("gkdbu-notifications-secrets"));

    public string Protect(string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var box = new byte[AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plain.Length];
        var nonce = box.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, box.AsSpan(nonce.Length + AesGcm.TagByteSizes.MaxSize), box.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize));
        return Version + Convert.ToBase64String(box);
    }

    public string Unprotect(string protectedSecret)
    {
        if (!protectedSecret.StartsWith(Version, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a protected subscription secret.");
        }

        var box = Convert.FromBase64String(protectedSecret[Version.Length..]);
        var nonceLength = AesGcm.NonceByteSizes.MaxSize;
        var tagLength = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[box.Length - nonceLength - tagLength];
        using var aes = new AesGcm(_key, tagLength);
        aes.Decrypt(box.AsSpan(0, nonceLength), box.AsSpan(nonceLength + tagLength), box.AsSpan(nonceLength, tagLength), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
