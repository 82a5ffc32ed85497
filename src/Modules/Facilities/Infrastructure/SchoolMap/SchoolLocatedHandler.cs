using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.SchoolMap;

/// <summary>The school's point, for "near this school"; its area comes with the registration, which may arrive after.</summary>
internal sealed class SchoolLocatedHandler(FacilitiesDbContext context)
    : IntegrationEventHandler<SchoolLocatedIntegrationEvent, FacilitiesDbContext>(context)
{
    protected override async Task HandleAsync(SchoolLocatedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var spot = await Persistence.SchoolMap.SpotAsync(Context, e.SchoolId, cancellationToken);
        spot.Place(e.AreaId, e.OccurredAt.UtcDateTime);
        spot.Locate(e.Latitude, e.Longitude, e.IsPlaceholder, e.OccurredAt.UtcDateTime);
    }
}
