using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.CollectiveBudget;

internal sealed class PooledBudgetChangedHandler(NotificationsDbContext context) : NotifyingHandler<PooledBudgetChangedIntegrationEvent>(context)
{
    protected override Notification Describe(PooledBudgetChangedIntegrationEvent e) => NotificationOf.Budget(e, NotificationTypes.BudgetPooledChanged, e.SchoolYear, e.AreaId);
}
