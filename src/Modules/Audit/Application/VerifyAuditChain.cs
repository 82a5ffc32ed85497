using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>Recomputes the whole chain from the stored records, as they are in the database now, under the key held outside it.</summary>
public sealed record VerifyAuditChain : IQuery<AuditVerificationDto>;

internal sealed class VerifyAuditChainHandler(IAuditRecordQueries queries, ChainKey key) : IQueryHandler<VerifyAuditChain, AuditVerificationDto>
{
    public async ValueTask<AuditVerificationDto> Handle(VerifyAuditChain query, CancellationToken cancellationToken)
    {
        // The head first, then the records up to it: an append committed during the walk (record and
        // head move together) is simply not part of this check, and needs no lock that would stall it.
        var head = await queries.FindHeadAsync(cancellationToken);
        var upTo = head?.Sequence ?? long.MaxValue;
        var walk = new ChainWalk(key, head?.UnkeyedUntil ?? 0);
        await foreach (var record in queries.UpToAsync(upTo, cancellationToken))
        {
            walk.Add(record);
        }

        var check = walk.End(head);
        return new AuditVerificationDto(check.Valid, check.Records, check.FirstBrokenSequence);
    }
}
