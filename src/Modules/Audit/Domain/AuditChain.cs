using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>The hash chain: an HMAC (<see cref="ChainKey"/>) over a record's canonical content and the previous record's hash.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The canonical content is a JSON array of every field in a fixed order, the time in a fixed
    /// format: JSON escaping keeps field boundaries unambiguous (no "a|b" + "c" = "a" + "b|c"). The
    /// detail comes last and only when there is one: a record without it is hashed as every record
    /// was before the detail existed, so their stored hashes still hold (docs/adr/0014).
    /// </summary>
    public static string CanonicalContent(AuditRecord record)
    {
        object?[] fields =
        [
            record.Sequence,
            DateTime.SpecifyKind(record.RecordedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            record.Actor,
            record.Roles,
            record.Action,
            record.ObjectType,
            record.ObjectId,
            record.Outcome,
            record.Status,
            record.ClientAddress,
            record.PreviousHash,
        ];
        return JsonSerializer.Serialize<object?[]>(record.Detail is null ? fields : [.. fields, record.Detail]);
    }

    /// <summary>Plain SHA-256: how records were hashed before the chain had a key (docs/adr/0014), still checked for those.</summary>
    public static string UnkeyedHashOf(AuditRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent(record))));
}
