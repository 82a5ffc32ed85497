using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

/// <summary>
/// Turns one integration event into one notification and a delivery for every subscription whose
/// owner may read it, committed together with the inbox record: a crash after the commit loses
/// nothing, a redelivered event writes nothing twice.
/// </summary>
internal abstract class NotifyingHandler<TEvent>(NotificationsDbContext context) : IntegrationEventHandler<TEvent, NotificationsDbContext>(context)
    where TEvent : IntegrationEvent
{
    // Every event asks it: compiled, the question skips building the LINQ expression and EF's cache lookup.
    private static readonly Func<NotificationsDbContext, string, IAsyncEnumerable<Subscription>> Subscribed = EF.CompileAsyncQuery(
        (NotificationsDbContext context, string type) => context.Subscriptions.Where(s => s.Status != SubscriptionStatus.Deactivated && s.Types.Contains(type)));

    protected abstract Notification Describe(TEvent integrationEvent);

    protected override async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var notification = Describe(integrationEvent).RecordedOn(Context.Time.GetUtcNow().UtcDateTime);
        Context.Notifications.Add(notification);
        var type = notification.Type;
        var subscriptions = await Subscribed(Context, type).ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            var (clusters, areas) = await OwnerReach.OfAsync(Context, subscription, cancellationToken);
            if (Readership.MayRead(subscription, notification, clusters, areas))
            {
                Context.Deliveries.Add(Delivery.Of(notification.Id, subscription.Id, notification.Subject, notification.Time));
            }
        }
    }
}
