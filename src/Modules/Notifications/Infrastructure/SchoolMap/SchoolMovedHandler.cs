using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SchoolMap;

internal sealed class SchoolMovedHandler(NotificationsDbContext context)
    : IntegrationEventHandler<SchoolMovedIntegrationEvent, NotificationsDbContext>(context)
{
    protected override Task HandleAsync(SchoolMovedIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
}
