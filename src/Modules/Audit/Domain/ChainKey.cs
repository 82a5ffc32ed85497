using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>
/// The key the chain is hashed under, held outside the database (docs/adr/0035): with only the
/// database in hand, a changed record's hash cannot be made to fit again.
/// </summary>
public sealed class ChainKey(byte[] key)
{
    /// <summary>HMAC-SHA256 of the record's canonical content (which holds the previous record's hash).</summary>
    public string HashOf(AuditRecord record) => Hex(AuditChain.CanonicalContent(record));

    /// <summary>
    /// Binds the records hashed before there was a key (1 to <paramref name="unkeyedUntil"/>) to the
    /// key: moving the boundary or changing one of them no longer matches the seal.
    /// </summary>
    public string SealOf(long unkeyedUntil, string lastUnkeyedHash) =>
        Hex(JsonSerializer.Serialize<object[]>(["unkeyed-until", unkeyedUntil, lastUnkeyedHash]));

    private string Hex(string content) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(content)));
}
