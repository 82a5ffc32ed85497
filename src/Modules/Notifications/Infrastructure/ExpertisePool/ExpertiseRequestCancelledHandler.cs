using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.ExpertisePool;

internal sealed class ExpertiseRequestCancelledHandler(NotificationsDbContext context) : NotifyingHandler<ExpertiseRequestCancelledIntegrationEvent>(context)
{
    protected override Notification Describe(ExpertiseRequestCancelledIntegrationEvent e) => NotificationOf.ExpertiseRequest(e, NotificationTypes.ExpertiseRequestCancelled, e.RequestId, e.SchoolId, e.ClusterId, e.AreaId, e.ProfessionalId);
}
