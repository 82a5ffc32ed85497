using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

internal sealed class PupilReferredHandler(NotificationsDbContext context) : NotifyingHandler<PupilReferredIntegrationEvent>(context)
{
    protected override Notification Describe(PupilReferredIntegrationEvent e) => NotificationOf.SupportCase(e, NotificationTypes.SupportCaseReferralDecided, e.CaseId, e.SchoolId, e.SchoolYear);
}
