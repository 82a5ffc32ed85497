using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Infrastructure;

/// <summary>
/// Appends to the chain: reads the head, writes the next record and moves the head in one
/// SaveChanges. A concurrent append (another process, or SQL Server's second host) that read the
/// same head fails the head's concurrency check or the sequence key, and tries again on the new head.
/// </summary>
internal sealed class AuditTrail(AuditDbContext db, AppendGate gate, TimeProvider clock) : IAuditTrail
{
    public const int MaxAttempts = 10;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AppendAsync(entry, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt), cancellationToken);
            }
        }
    }

    private async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var head = await db.Heads.SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId, cancellationToken)
            ?? throw new InvalidOperationException("The audit chain has no head: its migration did not run, or the row was removed.");
        var record = new AuditRecord(
            head.Sequence + 1,
            clock.GetUtcNow().UtcDateTime,
            Clip(entry.Actor, AuditRecordConfiguration.ActorLength),
            string.Join(' ', entry.Roles.Where(Roles.All.Contains).Distinct().Order(StringComparer.Ordinal)),
            Clip(entry.Action, AuditRecordConfiguration.ActionLength),
            Clip(entry.ObjectType, AuditRecordConfiguration.ObjectTypeLength),
            entry.ObjectId is null ? null : Clip(entry.ObjectId, AuditRecordConfiguration.ObjectIdLength),
            WireName.Of(entry.Outcome),
            entry.Status,
            entry.ClientAddress,
            head.Hash);
        head.MoveTo(record);
        db.Records.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
