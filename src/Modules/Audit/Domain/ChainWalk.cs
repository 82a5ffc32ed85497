namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>
/// Walks the records in sequence order, one at a time (the trail may be long). The first record
/// that does not follow (a gap, a wrong previous hash, a hash that no longer matches its content
/// under the key) breaks the chain, and so does a head that does not sit on the last record.
/// Records the head marks as hashed before there was a key are checked with plain SHA-256, and
/// only while the head's seal over them holds under the key (docs/adr/0035).
/// </summary>
public sealed class ChainWalk(ChainKey key, long unkeyedUntil = 0)
{
    private long expected = 1;
    private string previousHash = AuditChain.GenesisHash;
    private string? lastUnkeyedHash;
    private long count;
    private long? broken;

    public void Add(AuditRecord record)
    {
        count++;
        var unkeyed = record.Sequence <= unkeyedUntil;
        var hash = unkeyed ? AuditChain.UnkeyedHashOf(record) : key.HashOf(record);
        if (broken is null && (record.Sequence != expected || record.PreviousHash != previousHash || hash != record.Hash))
        {
            broken = Math.Min(record.Sequence, expected);
        }

        if (record.Sequence == unkeyedUntil)
        {
            lastUnkeyedHash = record.Hash;
        }

        expected = record.Sequence + 1;
        previousHash = record.Hash;
    }

    /// <summary>Whether records 1 to <c>unkeyedUntil</c> checked out as a chain; true when there are none.</summary>
    public bool UnkeyedPartHolds => broken is null || broken > unkeyedUntil;

    /// <summary>The hash of the last record hashed without a key, once the walk has passed it.</summary>
    public string? LastUnkeyedHash => lastUnkeyedHash;

    public ChainCheck End(ChainHead? head)
    {
        var tailBroken = head is null || head.Sequence != expected - 1 || head.Hash != previousHash;
        var firstBroken = broken ?? (tailBroken ? expected : null);

        // Without a seal that holds under the key, nothing hashed without it can be trusted, from the first record on.
        if (unkeyedUntil > 0 && (head?.Seal is null || lastUnkeyedHash is null || head.Seal != key.SealOf(unkeyedUntil, lastUnkeyedHash)))
        {
            firstBroken = 1;
        }

        return new ChainCheck(firstBroken is null, count, firstBroken);
    }
}

/// <param name="FirstBrokenSequence">The sequence number where the chain stops holding; null when it is valid.</param>
public sealed record ChainCheck(bool Valid, long Records, long? FirstBrokenSequence);
