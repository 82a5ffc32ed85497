using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Deliveries;

public sealed record GetDelivery(Guid SubscriptionId, Guid DeliveryId) : IQuery<DeliveryDto>;

internal sealed class GetDeliveryHandler(ISubscriptionRepository subscriptions, IDeliveryRepository deliveries, SubscriberAccess access)
    : IQueryHandler<GetDelivery, DeliveryDto>
{
    public async ValueTask<DeliveryDto> Handle(GetDelivery query, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(await subscriptions.FindAsync(query.SubscriptionId, cancellationToken), query.SubscriptionId);
        var found = await deliveries.FindAsync(query.SubscriptionId, query.DeliveryId, cancellationToken)
            ?? throw new NotFoundException("Delivery", query.DeliveryId);
        return found.Delivery.ToDto(found.Type);
    }
}
