using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class ReferralWithdrawnHandler(NotificationsDbContext context) : NotifyingHandler<ReferralWithdrawnIntegrationEvent>(context)
{
    protected override Notification Describe(ReferralWithdrawnIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseReferralWithdrawn, e.CaseId, e.SchoolId, e.SchoolYear);
}
