using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class SupportCaseOpenedHandler(NotificationsDbContext context) : NotifyingHandler<SupportCaseOpenedIntegrationEvent>(context)
{
    protected override Notification Describe(SupportCaseOpenedIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseOpened, e.CaseId, e.SchoolId);
}
