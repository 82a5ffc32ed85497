using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;

/// <summary>Referrals at a school that was not on the map yet start to count in its area now.</summary>
internal sealed class SchoolRegisteredHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        await Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
        await Context.RememberNamesAsync([(e.SchoolId, e.Name), (e.ClusterId, e.ClusterName), (e.AreaId, e.AreaName), (e.BoardId, e.BoardName)], cancellationToken);
        await recalculation.RequestForSchoolAsync(e.SchoolId, [e.AreaId], cancellationToken);
    }
}
