using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Deliveries;

/// <summary>Sends a delivery again, whatever became of it: a receiver that lost or refused it gets a new round of attempts.</summary>
public sealed record RedeliverDelivery(Guid SubscriptionId, Guid DeliveryId) : ICommand<DeliveryDto>;

internal sealed class RedeliverDeliveryHandler(
    ISubscriptionRepository subscriptions, IDeliveryRepository deliveries, SubscriberAccess access, TimeProvider clock, INotificationsUnitOfWork unitOfWork)
    : ICommandHandler<RedeliverDelivery, DeliveryDto>
{
    public async ValueTask<DeliveryDto> Handle(RedeliverDelivery command, CancellationToken cancellationToken)
    {
        var subscription = access.EnsureCanSee(await subscriptions.FindAsync(command.SubscriptionId, cancellationToken), command.SubscriptionId);
        var (delivery, type) = await deliveries.FindAsync(command.SubscriptionId, command.DeliveryId, cancellationToken)
            ?? throw new NotFoundException("Delivery", command.DeliveryId);
        subscription.EnsureReceiving();
        delivery.Redeliver(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return delivery.ToDto(type);
    }
}
