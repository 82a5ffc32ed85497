using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.SupportCases;

/// <summary>Learns that a case exists and at which school, so a request can be linked to it.</summary>
internal sealed class SupportCaseOpenedHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SupportCaseOpenedIntegrationEvent, ExpertisePoolDbContext>(context)
{
    // Every case opened asks it: compiled, the question skips building the LINQ expression and EF's cache lookup.
    private static readonly Func<ExpertisePoolDbContext, Guid, CancellationToken, Task<bool>> Known = EF.CompileAsyncQuery(
        (ExpertisePoolDbContext context, Guid caseId, CancellationToken _) => context.SupportCases.Any(c => c.CaseId == caseId));

    protected override async Task HandleAsync(SupportCaseOpenedIntegrationEvent e, CancellationToken cancellationToken)
    {
        // The closure may have arrived first (the relay gives no order across retries); then the case is known already.
        if (!await Known(Context, e.CaseId, cancellationToken))
        {
            Context.SupportCases.Add(SupportCaseReference.Opened(e.CaseId, e.SchoolId));
        }
    }
}
