using GeenKindDeBuurtUit.Audit.Domain;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>One audit record as the API shows it, with the hashes so a reader can check the chain by hand.</summary>
/// <param name="Detail">A summary the platform composed for some actions (an import's source and counts); null for most.</param>
public sealed record AuditRecordDto(
    long Sequence,
    DateTimeOffset RecordedAt,
    string Actor,
    IReadOnlyList<string> Roles,
    string Action,
    string ObjectType,
    string? ObjectId,
    string Outcome,
    int? Status,
    string? ClientAddress,
    string PreviousHash,
    string Hash,
    string? Detail)
{
    internal static AuditRecordDto From(AuditRecord r) => new(
        r.Sequence,
        new DateTimeOffset(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)),
        r.Actor,
        r.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        r.Action,
        r.ObjectType,
        r.ObjectId,
        r.Outcome,
        r.Status,
        r.ClientAddress,
        r.PreviousHash,
        r.Hash,
        r.Detail);
}

/// <summary>The answer of the verification: is the chain intact, over how many records, and where it first breaks.</summary>
public sealed record AuditVerificationDto(bool Valid, long Records, long? FirstBrokenSequence);
