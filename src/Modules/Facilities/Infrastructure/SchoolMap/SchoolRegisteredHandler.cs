using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.SchoolMap;

internal sealed class SchoolRegisteredHandler(FacilitiesDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, FacilitiesDbContext>(context)
{
    protected override async Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Persistence.SchoolMap.SpotAsync(Context, e.SchoolId, cancellationToken)).Place(e.AreaId, e.OccurredAt.UtcDateTime);
}
