using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>Recomputes the whole chain from the stored records, as they are in the database now, under the key held outside it.</summary>
public sealed record VerifyAuditChain : IQuery<AuditVerificationDto>;

internal sealed class VerifyAuditChainHandler(AuditDbContext db, ChainKey key) : IQueryHandler<VerifyAuditChain, AuditVerificationDto>
{
    public async ValueTask<AuditVerificationDto> Handle(VerifyAuditChain query, CancellationToken cancellationToken)
    {
        // The head first, then the records up to it: an append committed during the walk (record and
        // head move together) is simply not part of this check, and needs no lock that would stall it.
        var head = await db.Heads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId, cancellationToken);
        var upTo = head?.Sequence ?? long.MaxValue;
        var walk = new ChainWalk(key, head?.UnkeyedUntil ?? 0);
        var records = db.Records.AsNoTracking().Where(r => r.Sequence <= upTo).OrderBy(r => r.Sequence);
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            walk.Add(record);
        }

        var check = walk.End(head);
        return new AuditVerificationDto(check.Valid, check.Records, check.FirstBrokenSequence);
    }
}
