using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>The hash chain: SHA-256 over a record's canonical content and the previous record's hash.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The canonical content is a JSON array of every field in a fixed order, the time in a fixed
    /// format: JSON escaping keeps field boundaries unambiguous (no "a|b" + "c" = "a" + "b|c").
    /// </summary>
    public static string CanonicalContent(AuditRecord record) => JsonSerializer.Serialize<object?[]>(
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
    ]);

    public static string HashOf(AuditRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent(record))));
}

/// <summary>
/// Walks the records in sequence order, one at a time (the trail may be long). The first record
/// that does not follow (a gap, a wrong previous hash, a hash that no longer matches its content)
/// breaks the chain, and so does a head that does not sit on the last record.
/// </summary>
public sealed class ChainWalk
{
    private long expected = 1;
    private string previousHash = AuditChain.GenesisHash;
    private long count;
    private long? broken;

    public void Add(AuditRecord record)
    {
        count++;
        if (broken is null && (record.Sequence != expected || record.PreviousHash != previousHash || AuditChain.HashOf(record) != record.Hash))
        {
            broken = Math.Min(record.Sequence, expected);
        }

        expected = record.Sequence + 1;
        previousHash = record.Hash;
    }

    public ChainCheck End(ChainHead? head)
    {
        var tailBroken = head is null || head.Sequence != expected - 1 || head.Hash != previousHash;
        var firstBroken = broken ?? (tailBroken ? expected : null);
        return new ChainCheck(firstBroken is null, count, firstBroken);
    }
}

/// <param name="FirstBrokenSequence">The sequence number where the chain stops holding; null when it is valid.</param>
public sealed record ChainCheck(bool Valid, long Records, long? FirstBrokenSequence);
