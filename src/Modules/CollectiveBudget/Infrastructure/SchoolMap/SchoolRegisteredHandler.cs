using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;

internal sealed class SchoolRegisteredHandler(CollectiveBudgetDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
}
