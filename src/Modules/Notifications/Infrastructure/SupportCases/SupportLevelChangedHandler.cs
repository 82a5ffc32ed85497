using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class SupportLevelChangedHandler(NotificationsDbContext context) : NotifyingHandler<SupportLevelChangedIntegrationEvent>(context)
{
    protected override Notification Describe(SupportLevelChangedIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseLevelChanged, e.CaseId, e.SchoolId);
}
