using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;

/// <summary>A school that changes area takes its referrals along: both areas' freed funds are recalculated.</summary>
internal sealed class SchoolMovedHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<SchoolMovedIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(SchoolMovedIntegrationEvent e, CancellationToken cancellationToken)
    {
        await Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
        await Context.RememberNamesAsync([(e.ClusterId, e.ClusterName), (e.AreaId, e.AreaName)], cancellationToken);
        await recalculation.RequestForSchoolAsync(e.SchoolId, [e.FromAreaId, e.AreaId], cancellationToken);
    }
}
