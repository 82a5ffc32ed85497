using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SchoolMap;

/// <summary>The school map tells which clusters a school's system hears of, and which areas a treasurer's boards reach.</summary>
internal sealed class SchoolRegisteredHandler(NotificationsDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, NotificationsDbContext>(context)
{
    protected override Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
}
