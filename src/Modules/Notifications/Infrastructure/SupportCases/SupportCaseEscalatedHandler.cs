using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class SupportCaseEscalatedHandler(NotificationsDbContext context) : NotifyingHandler<SupportCaseEscalatedIntegrationEvent>(context)
{
    protected override Notification Describe(SupportCaseEscalatedIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseEscalated, e.CaseId, e.SchoolId);
}
