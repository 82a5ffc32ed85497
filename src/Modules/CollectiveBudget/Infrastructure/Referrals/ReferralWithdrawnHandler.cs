using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal sealed class ReferralWithdrawnHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<ReferralWithdrawnIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(ReferralWithdrawnIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear);
        var record = await ReferralRecords.FindOrAddAsync(Context, e.CaseId, e.DecidedOn, ReferralKinds.From(e.Type, e.Category), e.SchoolId, year, cancellationToken);
        record.Withdrawn();
        await recalculation.RequestForReferralAsync(e.SchoolId, year, cancellationToken);
    }
}
