namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Auditing;

/// <summary>
/// The append-only, hash-chained audit trail. Modules record through this abstraction so none of
/// them depends on the module that stores the trail; the time is stamped by the trail (UTC).
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}
