using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Application.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>A ping for the subscription's receiver, so its owner can try the whole way (URL, TLS, signature check) without waiting for a change.</summary>
public sealed record PingSubscription(Guid SubscriptionId) : ICommand<DeliveryDto>;

internal sealed class PingSubscriptionHandler(
    ISubscriptionRepository subscriptions, IDeliveryRepository deliveries, SubscriberAccess access, TimeProvider clock, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<PingSubscription, DeliveryDto>
{
    public async ValueTask<DeliveryDto> Handle(PingSubscription command, CancellationToken cancellationToken)
    {
        var subscription = access.EnsureCanSee(await subscriptions.FindAsync(command.SubscriptionId, cancellationToken), command.SubscriptionId);
        subscription.EnsureReceiving();
        var now = clock.GetUtcNow().UtcDateTime;
        var ping = Notification.PingOf(subscription.Id, now);
        var delivery = Delivery.Of(ping.Id, subscription.Id, ping.Subject, now);
        deliveries.Add(ping, delivery);
        await unitOfWork.CommitAsync(cancellationToken);
        return delivery.ToDto(NotificationTypes.Ping);
    }
}
