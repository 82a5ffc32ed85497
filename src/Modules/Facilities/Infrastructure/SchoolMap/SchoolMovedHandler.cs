using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.SchoolMap;

internal sealed class SchoolMovedHandler(FacilitiesDbContext context)
    : IntegrationEventHandler<SchoolMovedIntegrationEvent, FacilitiesDbContext>(context)
{
    protected override async Task HandleAsync(SchoolMovedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Persistence.SchoolMap.SpotAsync(Context, e.SchoolId, cancellationToken)).Place(e.AreaId, e.OccurredAt.UtcDateTime);
}
