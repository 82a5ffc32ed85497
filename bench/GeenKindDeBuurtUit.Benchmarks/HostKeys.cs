using System.Security.Cryptography;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>The keys besides the signing key a host needs outside Development (docs/operations.md), made for one run.</summary>
internal static class HostKeys
{
    public static IReadOnlyList<KeyValuePair<string, string>> ForThisRun() =>
    [
        .. new[] { "Audit:ChainKey", "Idempotency:FingerprintKey", "Notifications:SecretKey" }
            .Select(setting => KeyValuePair.Create(setting, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)))),

        // A kept data set whose audit trail predates the key is sealed rather than refused: its trail is the bench's own load.
        KeyValuePair.Create("Audit:SealUnkeyedRecords", "true"),
    ];
}
