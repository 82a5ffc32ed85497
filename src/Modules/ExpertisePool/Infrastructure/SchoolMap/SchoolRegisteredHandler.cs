using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.SchoolMap;

internal sealed class SchoolRegisteredHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, ExpertisePoolDbContext>(context)
{
    protected override Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
}
