using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;

namespace GeenKindDeBuurtUit.Notifications.Application.Deliveries;

public interface IDeliveryRepository
{
    /// <returns>The delivery with its notification's type, when it belongs to the subscription.</returns>
    Task<(Delivery Delivery, string Type)?> FindAsync(Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>A subscription's deliveries, newest first.</summary>
    Task<(IReadOnlyList<DeliveryDto> Items, int Total)> ListAsync(Guid subscriptionId, DeliveryStatus? status, int skip, int take, CancellationToken cancellationToken);

    void Add(Notification notification, Delivery delivery);
}
