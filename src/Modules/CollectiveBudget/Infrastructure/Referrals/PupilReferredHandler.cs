using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal sealed class PupilReferredHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<PupilReferredIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(PupilReferredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear);
        var record = await ReferralRecords.FindOrAddAsync(Context, e.CaseId, e.DecidedOn, ReferralKinds.From(e.Type, e.Category), e.SchoolId, year, cancellationToken);
        record.Referred();
        await recalculation.RequestForReferralAsync(e.SchoolId, year, cancellationToken);
    }
}
