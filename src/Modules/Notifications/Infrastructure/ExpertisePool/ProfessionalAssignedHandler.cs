using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.ExpertisePool;

internal sealed class ProfessionalAssignedHandler(NotificationsDbContext context) : NotifyingHandler<ProfessionalAssignedIntegrationEvent>(context)
{
    protected override Notification Describe(ProfessionalAssignedIntegrationEvent e) => NotificationOf.ExpertiseRequest(e, NotificationTypes.ExpertiseRequestAssigned, e.RequestId, e.SchoolId, e.ClusterId, e.AreaId, e.ProfessionalId);
}
