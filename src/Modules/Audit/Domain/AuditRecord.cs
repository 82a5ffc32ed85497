namespace GeenKindDeBuurtUit.Audit.Domain;

/// <summary>
/// One link of the audit chain: who did what to which object, how it ended, and the hash that
/// ties it to the record before. Never changed after it is written.
/// </summary>
public sealed class AuditRecord
{
    // The stored lengths: an entry is cut to them before it is hashed, so the hash covers what is kept.
    public const int ActorLength = 200;
    public const int RolesLength = 200;
    public const int ActionLength = 100;
    public const int ObjectTypeLength = 50;
    public const int ObjectIdLength = 64;
    public const int DetailLength = 500;

    /// <summary>A record linked to the one before, its hash under the chain's key.</summary>
    public AuditRecord(
        long sequence,
        DateTime recordedAt,
        string actor,
        string roles,
        string action,
        string objectType,
        string? objectId,
        string outcome,
        int? status,
        string? clientAddress,
        string previousHash,
        ChainKey key,
        string? detail = null)
        : this(sequence, WholeMicroseconds(recordedAt), actor, roles, action, objectType, objectId, outcome, status, clientAddress, previousHash, detail) =>
        Hash = key.HashOf(this);

    // For EF Core, which sets the stored hash afterwards.
    private AuditRecord(
        long sequence,
        DateTime recordedAt,
        string actor,
        string roles,
        string action,
        string objectType,
        string? objectId,
        string outcome,
        int? status,
        string? clientAddress,
        string previousHash,
        string? detail)
    {
        Sequence = sequence;
        RecordedAt = DateTime.SpecifyKind(recordedAt, DateTimeKind.Utc);
        Actor = actor;
        Roles = roles;
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
        Outcome = outcome;
        Status = status;
        ClientAddress = clientAddress;
        PreviousHash = previousHash;
        Detail = detail;
        Hash = string.Empty;
    }

    // The hash covers the time as stored: PostgreSQL keeps microseconds, so a tick beyond them would
    // make the record's own hash unverifiable once read back. Records read back keep what is stored.
    private static DateTime WholeMicroseconds(DateTime time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>1, 2, 3, ... without gaps: a missing number is a removed record.</summary>
    public long Sequence { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public string Actor { get; private set; }

    /// <summary>The caller's roles, sorted and separated by a space (stored as one column, hashed as written).</summary>
    public string Roles { get; private set; }

    public string Action { get; private set; }

    public string ObjectType { get; private set; }

    public string? ObjectId { get; private set; }

    /// <summary>The wire name of the outcome: <c>allowed</c>, <c>denied</c> or <c>not-found</c>.</summary>
    public string Outcome { get; private set; }

    public int? Status { get; private set; }

    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; }

    /// <summary>
    /// A summary the platform composed for some actions (an import's source and counts); null for
    /// most. Hashed only when present, so records written before it existed keep their hash.
    /// </summary>
    public string? Detail { get; private set; }

    public string Hash { get; private set; }
}
