using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.ExpertisePool;

internal sealed class ExpertiseRequestCompletedHandler(NotificationsDbContext context) : NotifyingHandler<ExpertiseRequestCompletedIntegrationEvent>(context)
{
    protected override Notification Describe(ExpertiseRequestCompletedIntegrationEvent e) => NotificationOf.ExpertiseRequest(e, NotificationTypes.ExpertiseRequestCompleted, e.RequestId, e.SchoolId, e.ClusterId, e.AreaId, e.ProfessionalId);
}
