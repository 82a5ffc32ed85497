using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>
/// An erased case (docs/adr/0015) keeps counting in the freed-funds formula: its referral records
/// move to a fresh random id that leads back to no case, with the same school, year, type and
/// counts, so baselines, actuals, freed funds and the ledger stay exactly as they were.
/// </summary>
internal sealed class SupportCaseErasedHandler(CollectiveBudgetDbContext context)
    : IntegrationEventHandler<SupportCaseErasedIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseErasedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var standIn = Guid.NewGuid();
        await Context.ReferralRecords.Where(r => r.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(r => r.CaseId, standIn), cancellationToken);
    }
}
