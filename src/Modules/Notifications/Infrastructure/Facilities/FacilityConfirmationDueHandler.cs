using GeenKindDeBuurtUit.Facilities.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Facilities;

internal sealed class FacilityConfirmationDueHandler(NotificationsDbContext context) : NotifyingHandler<FacilityConfirmationDueIntegrationEvent>(context)
{
    protected override Notification Describe(FacilityConfirmationDueIntegrationEvent e) =>
        NotificationOf.FacilityConfirmationDue(e, e.FacilityId, e.FacilityName, e.AreaId, e.StewardSub, e.StaleOn);
}
