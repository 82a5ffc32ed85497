namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>
/// The last link of the chain, kept in one row next to the records. Appends move it on under an
/// optimistic check, which serialises them; verification compares it with the last record, so
/// removing records from the end is detected too (the chain alone cannot see a shortened tail).
/// </summary>
public sealed class ChainHead
{
    public const int SingletonId = 1;

    public ChainHead(int id, long sequence, string hash)
    {
        Id = id;
        Sequence = sequence;
        Hash = hash;
    }

    public int Id { get; private set; }

    public long Sequence { get; private set; }

    public string Hash { get; private set; }

    /// <summary>
    /// The last record hashed before the chain had a key (plain SHA-256, docs/adr/0014), as the
    /// migration that brought the key found the head; 0 when every record is keyed.
    /// </summary>
    public long UnkeyedUntil { get; private set; }

    /// <summary>The key's seal over the records up to <see cref="UnkeyedUntil"/>; null until the host has sealed them.</summary>
    public string? Seal { get; private set; }

    public bool AwaitsSeal => UnkeyedUntil > 0 && Seal is null;

    /// <summary>Seals the records hashed without a key, once: from then on they hold only together with the key.</summary>
    public void SealUnkeyed(ChainKey key, string lastUnkeyedHash)
    {
        if (!AwaitsSeal)
        {
            throw new InvalidOperationException("The chain has no unsealed records hashed without a key.");
        }

        Seal = key.SealOf(UnkeyedUntil, lastUnkeyedHash);
    }

    public static ChainHead Genesis() => new(SingletonId, 0, AuditChain.GenesisHash);

    public void MoveTo(AuditRecord record)
    {
        if (record.Sequence != Sequence + 1 || record.PreviousHash != Hash)
        {
            throw new InvalidOperationException($"Record {record.Sequence} does not follow the head at {Sequence}.");
        }

        Sequence = record.Sequence;
        Hash = record.Hash;
    }
}
