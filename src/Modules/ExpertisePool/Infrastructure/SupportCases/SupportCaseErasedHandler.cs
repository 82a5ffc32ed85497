using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.SupportCases;

/// <summary>
/// An erased case (docs/adr/0015) leaves this module's case map, its requests are unlinked (their
/// hours and counts stay), and the delivered events that named it (a request made for it) go.
/// </summary>
internal sealed class SupportCaseErasedHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SupportCaseErasedIntegrationEvent, ExpertisePoolDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseErasedIntegrationEvent e, CancellationToken cancellationToken)
    {
        foreach (var request in await Context.Requests.Where(r => r.SupportCaseId == e.CaseId).ToListAsync(cancellationToken))
        {
            request.ForgetSupportCase();
        }

        await Context.SupportCases.Where(c => c.CaseId == e.CaseId).ExecuteDeleteAsync(cancellationToken);
        await Context.ForgetDeliveredMessagesAboutCaseAsync(e.CaseId, cancellationToken);
    }
}
