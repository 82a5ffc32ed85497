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
