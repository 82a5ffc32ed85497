namespace GeenKindDeBuurtUit.Platform.Auditing;

/// <summary>
/// The append-only, hash-chained audit trail. Modules record through this contract, so none of them
/// depends on how the Audit module stores the trail; the time is stamped by the trail (UTC).
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}
