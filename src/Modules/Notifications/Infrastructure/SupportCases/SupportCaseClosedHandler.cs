using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class SupportCaseClosedHandler(NotificationsDbContext context) : NotifyingHandler<SupportCaseClosedIntegrationEvent>(context)
{
    protected override Notification Describe(SupportCaseClosedIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseClosed, e.CaseId, e.SchoolId);
}
