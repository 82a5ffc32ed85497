using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.SupportCases;

/// <summary>A closed case takes no new requests.</summary>
internal sealed class SupportCaseClosedHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SupportCaseClosedIntegrationEvent, ExpertisePoolDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseClosedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var reference = await Context.SupportCases.SingleOrDefaultAsync(c => c.CaseId == e.CaseId, cancellationToken);
        if (reference is null)
        {
            reference = SupportCaseReference.Opened(e.CaseId, e.SchoolId);
            Context.SupportCases.Add(reference);
        }

        reference.Close(e.ClosedOn);
    }
}
